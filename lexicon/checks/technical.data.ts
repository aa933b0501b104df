/**
 * Data for the technical-token check: what a technical token looks like, what to say about each kind, and the
 * everyday tokens of the same shape (quarters, postcodes, brands everybody knows) that are never flagged.
 * Patterns are tried in order on a whitespace-bounded chunk with its punctuation trimmed; each is anchored
 * and free of nested quantifiers, so it runs in time linear in the chunk.
 */

/** One kind of technical token. */
export interface TechnicalKind {
  id: 'host' | 'path' | 'file' | 'error-code' | 'metric' | 'product';
  /** What the token is, for the message: `"HAProxy" is ${what}`. */
  what: string;
  /** What to write instead. */
  advice: string;
}

/** Each kind of technical token, with what to say about it. */
export const KINDS: Record<TechnicalKind['id'], TechnicalKind> = {
  host: {
    id: 'host',
    what: 'a server or network address',
    advice: 'Name the service it runs instead ("the payroll system", "the shared drive").',
  },
  path: {
    id: 'path',
    what: 'a file path',
    advice: 'Readers need what changed, not where it lives: leave it out or move it to a note for IT.',
  },
  file: { id: 'file', what: 'a technical file name', advice: 'Say what the file does ("the settings for the website") or leave it out.' },
  'error-code': {
    id: 'error-code',
    what: 'an error code',
    advice: 'Say what people saw or could not do ("the site showed an error page", "payments failed").',
  },
  metric: {
    id: 'metric',
    what: 'monitoring shorthand',
    advice: 'Say it in words and say what it means for people ("pages open in under half a second").',
  },
  product: {
    id: 'product',
    what: "a product or protocol name most readers won't know",
    advice: 'Say what it does for them instead ("the system that shares out web traffic").',
  },
};

/** Shapes that are technical whatever else is true, tried first. */
export const PATTERNS: ReadonlyArray<{ kind: TechnicalKind['id']; test: RegExp }> = [
  { kind: 'host', test: /^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?(?:\/\d{1,2})?$/ },
  { kind: 'path', test: /^(?:[A-Za-z]:\\|\\\\)\S*$/ },
  { kind: 'path', test: /^[\w.$-]+(?:\\[\w.$ -]+)+\\?$/ },
  { kind: 'path', test: /^(?:~|\.{1,2})?\/[\w.@~-]+(?:\/[\w.@~*-]*)+$/ },
  { kind: 'path', test: /^\/(?:etc|var|usr|opt|home|tmp|srv|mnt|dev|proc|bin|sbin|lib|root|data|logs?)$/ },
  { kind: 'path', test: /^[\w.-]+(?:\/[\w.-]+)*\/[\w-]+\.[A-Za-z]\w{0,4}$/ },
  { kind: 'product', test: /^[A-Za-z][\w-]*\.(?:js|io|NET|net)$/ },
  {
    kind: 'file',
    test: /^[\w.-]+\.(?:log|conf|cfg|config|ini|yaml|yml|json|xml|toml|ps1|psm1|sh|bash|bat|cmd|exe|dll|msi|sys|so|py|rb|jar|war|sql|bak|pem|crt|cer|pfx|p12|csr|vhdx?|vmdk|ova|ovf|iso|tf|tfvars|env|lock|tgz|gz|tar|dmp|evtx|pcap|har|reg|plist|service|sock|pid)$/i,
  },
  {
    kind: 'host',
    test: /^(?:[A-Za-z0-9-]+\.)+(?:local|internal|corp|lan|intranet|localdomain|int|priv|private|home|arpa|ad|prod|dev|test|staging|svc|cluster)$/i,
  },
  { kind: 'host', test: /^[A-Za-z0-9-]*(?:[A-Za-z]\d|\d[A-Za-z])[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/ },
  { kind: 'host', test: /^localhost(?::\d+)?$/i },
  { kind: 'host', test: /^[A-Za-z]{2,}(?:[-_][A-Za-z]+)*[-_]?0\d{1,2}$/ },
  { kind: 'host', test: /^(?:[a-z]{2,}-){2,}[a-z]*\d{1,3}$/ },
  { kind: 'error-code', test: /^0x[0-9A-Fa-f]{4,}$/ },
  { kind: 'error-code', test: /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/ },
  { kind: 'error-code', test: /^KB\d{6,8}$/ },
  { kind: 'error-code', test: /^CVE-\d{4}-\d{4,}$/i },
  { kind: 'metric', test: /^p(?:50|75|90|95|99|99\.9|999)$/i },
  { kind: 'metric', test: /^\d+(?:\.\d+)?(?:ms|µs|μs|ns|[kmgt]bps|[kmgt]ib|iops|rps|qps|tps|ghz|mhz|vcpus?)$/i },
  { kind: 'metric', test: /^\d+(?:\.\d+)?[KMGT]B\/s$/i },
];

/**
 * Chunks with letters next to digits, or capitals inside a word, that are everyday, tried before the shape rules:
 * ordinals, times and time ranges, amounts, quarters and financial years, version numbers (an ordinary notice
 * may give one: the reader need not know what it means), and text a page's layout glued together (a footnote
 * number after a word, a time after a word).
 */
export const EVERYDAY: readonly RegExp[] = [
  /^v\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/i,
  /^\d+\.\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?$/,
  /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)?[-–]\d{1,2}(?:[:.]\d{2})?(?:am|pm)$/i,
  /^\d+-to-\d+$/i,
  /^FY\d{2,4}[/-]\d{2,4}$/i,
  /^\p{L}+\d{1,2}[:.]\d{2}$/u,
  /^\d{1,2}[:.]\d{2}\p{L}+$/u,
  /^\p{Ll}{3,}\d{1,2}$/u,
  /^\d+(?:st|nd|rd|th)$/i,
  /^\d{1,2}(?:[:.]\d{2})?(?:am|pm|h|hrs?)$/i,
  /^\d+(?:[.,]\d+)?(?:k|m|bn|b|x|yrs?|hrs?|mins?|secs?|s|h|d|w|wks?|kg|g|km|m|cm|mm|ft|in|lbs?|oz|l|ml|p|mph|kph|kwh|kw|mw|gb|mb|tb|kb|pc|pcs|pp|ppl)$/i,
  /^[£$€¥]\d/,
  /^(?:Q[1-4]|H[12]|FY\d{2,4}|Q[1-4]FY\d{2,4}|FY\d{2,4}Q[1-4]|CY\d{2,4})$/i,
  /^COVID-?19$/i,
  /^[A-Z]{1,2}\d{1,2}[A-Z]?$/,
  /^\d[A-Z]{2}$/,
  /^(?:mp3|mp4|b2b|b2c|b2g|p2p|4k|8k|5g|4g|3g|3d|2d|24x7|9to5|g7|g20|w-?2|i-?9|401k|403b|f1|x2|x3|x4)$/i,
  /^(?:PO|INV|REF|ORD|SKU|ID|NO|QTY|VAT|ISO|BS|EN|GBP|USD|EUR|TKT|CASE|ROOM|RM|GATE|FLIGHT|LOT|UNIT|SUITE|TEL|EXT)[-_#]?\d+$/i,
  /^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|Fitz|St)[A-Z][a-z]+$/,
  /^[A-Z]{2,}s$/,
  /^\d+[A-Za-z]?-\d+[A-Za-z]?$/,
];

/** Brand and company names with inner capitals that everybody reads without help. */
// prettier-ignore
export const EVERYDAY_BRANDS: readonly string[] = [
  'iPhone', 'iPhones', 'iPad', 'iPads', 'iPod', 'iMac', 'iCloud', 'iOS', 'iTunes', 'eBay', 'eBook', 'eBooks', 'eCommerce', 'eLearning',
  'eSports', 'YouTube', 'LinkedIn', 'PowerPoint',
  'FedEx', 'PayPal', 'WhatsApp', 'JPMorgan', 'BlackRock', 'PwC', 'HubSpot', 'QuickBooks', 'MasterCard', 'GlaxoSmithKline', 'AstraZeneca',
  'PepsiCo', 'ExxonMobil',
  'GoPro', 'DoorDash', 'AirBnB', 'MacBook', 'MacBooks', 'AirPods', 'PlayStation', 'SpaceX', 'OpenAI', 'ChatGPT', 'FaceTime', 'WeChat',
  'TikTok', 'DocuSign', 'SurveyMonkey',
  'MailChimp', 'SoundCloud', 'DreamWorks', 'HarperCollins', 'PricewaterhouseCoopers', 'McKinsey', 'McDonald', 'McDonalds', 'MasterChef',
  'BlackBerry', 'SalesForce', 'WordPress',
  'GoDaddy', 'DropBox', 'JetBlue', 'EasyJet', 'easyJet', 'RyanAir', 'WestJet', 'AirAsia', 'BrewDog', 'CrossFit', 'WeWork', 'StubHub',
  'TripAdvisor', 'GoFundMe', 'KitKat', 'CoCo',
  'PhD', 'PhDs', 'MSc', 'BSc', 'MBAs', 'BAe', 'GmbH', 'AG', 'SpA', 'PLCs', 'NatWest', 'HSBC', 'BlueCross', 'UnitedHealth', 'ExCel',
  'SeaWorld', 'DisneyLand', 'LEGO', 'YouGov', 'ZoomInfo',
];

/** Units that make a number monitoring shorthand when written after it ("40 ms", "10 Gbps"), with the words for them. */
export const METRIC_UNITS: Readonly<Record<string, string | null>> = {
  ms: 'milliseconds',
  µs: 'microseconds',
  μs: 'microseconds',
  ns: 'nanoseconds',
  gbps: 'gigabits per second',
  mbps: 'megabits per second',
  kbps: 'kilobits per second',
  iops: null,
  rps: 'requests per second',
  qps: 'queries per second',
  tps: 'transactions per second',
  ghz: null,
  vcpu: null,
  vcpus: null,
};

/** Words that make the number after them an error code ("HTTP 502", "error 1603", "exit code 137"). */
export const ERROR_CODE_WORDS: ReadonlySet<string> = new Set([
  'http',
  'https',
  'status',
  'error',
  'errno',
  'exit code',
  'error code',
  'event id',
  'event',
  'sqlstate',
]);

/** Words after a 4xx/5xx number that make it an error code ("a 502 error", "404 errors"). */
export const ERROR_CODE_AFTER: ReadonlySet<string> = new Set(['error', 'errors', 'status', 'response', 'responses', 'page', 'pages']);
