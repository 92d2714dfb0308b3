import type { TextField } from 'payload'

import { validateFormat } from '../validation/formats'
import type { FieldName } from '../validation/messages'

/**
 * A unique, URL-safe key (lowercase letters, digits, hyphens), checked with a message naming the
 * field.
 */
export const slugField = (
  label: FieldName,
  extra: Partial<Pick<TextField, 'access' | 'admin' | 'index'>> = {},
): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  label,
  validate: validateFormat('slug', label),
  ...extra,
})
