/** Prettier, as Payload formats its packages, at width 100. */
export default {
  printWidth: 100,
  semi: false,
  singleQuote: true,
  trailingComma: 'all',
}
