import config from '@payload-config'
import { getPayload } from 'payload'

/** The theme reads as an anonymous visitor: the same access rules as the public API. */
export const publicPayload = () => getPayload({ config })
