// Integration tests talk to real servers; a cold JVM or a workflow bundle takes seconds, not milliseconds.
jest.setTimeout(120_000);
