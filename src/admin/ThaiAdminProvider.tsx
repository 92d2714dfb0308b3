'use client'
import type { ReactNode } from 'react'

// The browser's copy of the date-fns locales, patched before any admin date is formatted.
import './buddhistEra'
import './untranslatedToasts'

/**
 * Wraps the admin so that its dates print Buddhist-era years in Thai (buddhistEra.ts) and no
 * English toast is left (untranslatedToasts.ts).
 */
export const ThaiAdminProvider = ({ children }: { children?: ReactNode }) => children
