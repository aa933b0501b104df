/**
 * Data for the acronym check: capitals everybody at work reads without thinking, and capitalised words that
 * are emphasis, not acronyms. Add to these lists rather than to the check's code.
 */

/** Business acronyms readers outside IT already know; never flagged. */
// prettier-ignore
export const COMMON_ACRONYMS: readonly string[] = [
  // Roles and bodies
  'CEO', 'CFO', 'COO', 'CTO', 'CIO', 'CMO', 'CHRO', 'CRO', 'CPO', 'CISO', 'VP', 'SVP', 'EVP', 'MD', 'GM', 'PA', 'HR', 'PR', 'QA', 'HQ',
  'AGM', 'EGM', 'SME', 'SMB', 'NGO', 'UN', 'NHS', 'BBC', 'HMRC', 'IRS', 'SEC', 'FCA', 'FDA', 'EU', 'UK', 'US', 'USA', 'UAE', 'NYC', 'LA',
  'EMEA', 'APAC', 'LATAM', 'NA',
  // Money and measures
  'KPI', 'OKR', 'ROI', 'P&L', 'YTD', 'QTD', 'MTD', 'YOY', 'YoY', 'MOM', 'FTE', 'PTO', 'VAT', 'GST', 'GDP', 'USD', 'GBP', 'EUR', 'AUD',
  'CAD', 'JPY', 'CHF', 'CNY', 'INR', 'SKU', 'RRP', 'MSRP', 'ARR', 'MRR', 'CAC', 'LTV', 'EBITDA', 'CAPEX', 'OPEX', 'TCO', 'NPS', 'CSAT',
  'B2B', 'B2C', 'LLC', 'LTD', 'PLC', 'INC', 'CSR', 'ESG', 'DEI', 'NDA', 'RFP', 'RFQ', 'RFI', 'SOW', 'PO', 'T&C', 'T&Cs', 'MBA', 'CPA',
  'ACCA', 'CV', 'CX', 'UX',
  // HR, payroll and facilities shorthand
  'DB', 'DC', 'PIR', 'HVAC', 'CCTV', 'FM', 'BMS', 'EPC', 'PAT', 'COSHH', 'RIDDOR', 'DSE', 'CPD', 'NI', 'PAYE', 'SSP', 'SMP', 'AVC', 'LTIP',
  'RSU', 'RSUs', 'ESPP', 'TOIL', 'KIT', 'EAP', 'OH', 'DBS', 'LED', 'LEDs', 'EV', 'EVs', 'AC', 'DC',
  // Everyday writing
  'ASAP', 'FYI', 'FAQ', 'PDF', 'OK', 'IT', 'ID', 'TV', 'PC', 'PCs', 'USB', 'SMS', 'PIN', 'ATM', 'GPS', 'DVD', 'CD', 'AI', 'AM', 'PM', 'EOD',
  'COB', 'EOW', 'OOO', 'WFH', 'TBD', 'TBC', 'TBA', 'AKA', 'RSVP', 'PS', 'NB', 'ETA', 'DIY', 'RE', 'FW', 'FWD', 'CC', 'BCC', 'DM', 'Q&A',
  'R&D', 'L&D', 'H&S', 'PPE', 'COVID', 'ISO', 'GMT', 'BST', 'UTC', 'CET', 'EST', 'PST', 'PT', 'ET', 'CT', 'MT', 'MON', 'TUE', 'WED', 'THU',
  'FRI', 'SAT', 'SUN',
];

/** Organisations everybody knows by their capitals (airlines, banks, brands, public bodies); never flagged. */
// prettier-ignore
export const ORGANISATIONS: readonly string[] = [
  'TAP', 'KLM', 'BA', 'IBM', 'BMW', 'IKEA', 'NASA', 'FIFA', 'UEFA', 'NATO', 'WHO', 'BP', 'HSBC', 'KPMG', 'EY', 'PWC', 'DHL', 'UPS', 'TNT',
  'DPD', 'ASDA', 'LEGO', 'BT', 'EE', 'RBS',
  'ING', 'BNP', 'UBS', 'AXA', 'AIG', 'LVMH', 'HP', 'AMD', 'ABB', 'GE', 'BBC', 'CNN', 'ITV', 'RAF', 'MOD', 'DWP', 'CBI', 'TUC', 'OECD',
  'IMF', 'WTO', 'UNICEF', 'UNESCO', 'NYSE',
  'FTSE', 'NASDAQ', 'ONS', 'ECB', 'BOE', 'EDF', 'BHP', 'SNCF', 'TGV', 'KFC', 'GDPR', 'HMRC', 'DVLA', 'TFL', 'RSPCA', 'RNLI', 'YMCA', 'AA',
  'RAC', 'MOT', 'BUPA', 'NSPCC', 'RIBA',
];

/** Capitalised words that are emphasis or headings, not acronyms ("URGENT: PLEASE READ"). */
// prettier-ignore
export const CAPITALISED_WORDS: readonly string[] = [
  'URGENT', 'IMPORTANT', 'NOTE', 'NOTICE', 'PLEASE', 'READ', 'ACTION', 'REQUIRED', 'NOT', 'NO', 'YES', 'ALL', 'NOW', 'NEW', 'DO', 'DONT',
  'DON', 'NEVER', 'ALWAYS', 'ONLY', 'STOP', 'WARNING', 'ALERT', 'UPDATE', 'TODAY', 'TONIGHT', 'TOMORROW', 'DONE', 'FINAL', 'DRAFT', 'HELP',
  'THANKS', 'THANK', 'YOU', 'TEAM', 'AND', 'OR', 'THE', 'FOR', 'ARE', 'WILL', 'THIS', 'THAT', 'WITH', 'FROM', 'MUST', 'FREE', 'SALE', 'OFF',
  'OUT', 'RESOLVED', 'FIXED', 'CLOSED', 'OPEN', 'UPDATED', 'REMINDER', 'ATTENTION', 'CONFIDENTIAL', 'INTERNAL', 'PRIVATE', 'TODO', 'WIP',
  'FAO', 'ATTN', 'WOW', 'OMG', 'LOL', 'BTW', 'IMO', 'IMHO', 'TBH', 'THX', 'PLS', 'PLZ', 'AFAIK', 'IIRC', 'TLDR', 'TL', 'DR', 'HI', 'HEY',
  'DEAR', 'OH', 'UM', 'AH', 'GO', 'SO', 'IF', 'IS', 'IN', 'ON', 'AT', 'TO', 'OF', 'BY', 'AS', 'BE', 'WE', 'ME', 'MY', 'UP', 'AN', 'HE',
  'IT\'S',
];

/** Spellings with digits that are everyday business shorthand: quarters, halves, financial years. */
export const COMMON_PATTERNS: readonly RegExp[] = [/^Q[1-4]$/, /^H[12]$/, /^FY\d{2,4}$/, /^Q[1-4]FY\d{2,4}$/, /^[IVX]{2,5}$/];

/** Most characters an acronym can have; longer capitals are shouting or product names. */
export const MAX_ACRONYM_LENGTH = 7;
