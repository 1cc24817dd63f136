import { MissingPrerequisiteError, parseJavaVersion } from './prerequisites';

describe('parseJavaVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_381"', 8],
    ['nothing useful', undefined],
  ])('reads %s as %s', (text, major) => {
    expect(parseJavaVersion(text)).toBe(major);
  });
});

describe('MissingPrerequisiteError', () => {
  it('names the command, what to install and why, on one line', () => {
    const message = new MissingPrerequisiteError('java').message;
    expect(message).toContain('`java` not found');
    expect(message).toContain('Java 17');
    expect(message).toContain('Kafka');
    expect(message).not.toContain('\n');
  });

  it('names Go and the alternatives for the Temporal CLI', () => {
    expect(new MissingPrerequisiteError('go').message).toMatch(/Go 1\.\d+.*TEMPORAL_CLI_PATH/);
  });
});
