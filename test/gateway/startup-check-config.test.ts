import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

/** BLNK_STARTUP_CHECK: what a failed start-up probe of Blnk does (src/server/startup-probe.ts). */
describe('BLNK_STARTUP_CHECK', () => {
  it('is warn by default, and takes fatal and off', () => {
    expect(loadConfig({}).startupCheck).toBe('warn');
    expect(loadConfig({ BLNK_STARTUP_CHECK: 'fatal' }).startupCheck).toBe('fatal');
    expect(loadConfig({ BLNK_STARTUP_CHECK: ' off ' }).startupCheck).toBe('off');
  });

  it('refuses anything else, naming the variable and its values', () => {
    expect(() => loadConfig({ BLNK_STARTUP_CHECK: 'strict' })).toThrow(ConfigError);
    expect(() => loadConfig({ BLNK_STARTUP_CHECK: 'strict' })).toThrow("BLNK_STARTUP_CHECK must be one of warn, fatal, off, got 'strict'");
  });
});
