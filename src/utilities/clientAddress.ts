/**
 * The header through which server.ts tells the app who sent a request. Whatever a client sends
 * under this name is replaced, so the app can trust it.
 */
export const CLIENT_ADDRESS_HEADER = 'x-oit-client-address'
