/**
 * Everyday idioms that borrow an IT word. Inside one of these no lexicon term is flagged, whichever entry it
 * belongs to: "I don't have the bandwidth" is about time, not networks (a wording matter the discouraging
 * check raises on its own). Entry-specific ordinary senses ("patch of land") belong in the entry's
 * `exceptions`; this list is only for idioms any lexicon would trip over. Patterns: see `expandPattern`.
 */
export const ORDINARY_IDIOMS: readonly string[] = [
  "{have|has|had|got|haven't|hasn't|hadn't} the bandwidth",
  "{don't|doesn't|didn't|do not|does not|did not} have {the|enough|any|much} bandwidth",
  'bandwidth to {take|help|look|handle|deal|work|support|pick|cover|focus|think|review|do}',
  '{my|your} bandwidth',
  'on {my|our|your|the} radar',
  'in the pipeline',
  'in {my|our|your|the} pipeline',
  'bug {you|me|him|her|them|us}',
  'ping {me|you|him|her|them|us}',
  'reboot {my|our|the} {thinking|approach|strategy|relationship|career}',
  'deep dive',
  'touch base',
  'reach out',
  'circle back',
  'under the hood',
  'cloud nine',
  'off the grid',
];
