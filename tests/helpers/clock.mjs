/**
 * Test only: preloaded into the test server (`NODE_OPTIONS=--import …/clock.mjs`) by tests that need
 * the server to live at a given time. The clock starts at NETRAL_TEST_CLOCK (ISO-8601) and runs on
 * from there. The app has no clock of its own to set: this file is never part of it.
 */
const target = Date.parse(process.env.NETRAL_TEST_CLOCK ?? '');
if (Number.isFinite(target)) {
  const RealDate = Date;
  const offset = target - RealDate.now();
  class ClockDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ClockDate;
}
