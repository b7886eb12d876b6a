// Browser steps and server start-ups take seconds, not milliseconds.
jest.setTimeout(60_000);
