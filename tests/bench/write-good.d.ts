/** write-good ships no types; the benchmark only calls it on a string. */
declare module 'write-good' {
  function writeGood(text: string, options?: Record<string, unknown>): Array<{ index: number; offset: number; reason: string }>;
  export default writeGood;
}
