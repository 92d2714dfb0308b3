declare const _default: Promise<import("payload").SanitizedConfig>;
export default _default;
