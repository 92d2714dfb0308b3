/**
 * The plugin-host test against the packed package (scripts/testPluginTarball.ts): `police-oit`
 * resolves to the installed tarball, not to src/.
 */
import base from '../../jest.config.js'

const {
  '^police-oit$': _plugin,
  '^police-oit/(client|rsc)$': _entries,
  ...moduleNameMapper
} = base.moduleNameMapper

/** @type {import('jest').Config} */
export default {
  ...base,
  rootDir: '../..',
  moduleNameMapper,
  testMatch: ['<rootDir>/test/pluginHost.test.ts'],
}
