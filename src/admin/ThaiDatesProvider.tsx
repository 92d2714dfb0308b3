'use client'
import type { ReactNode } from 'react'

// The browser's copy of the date-fns locales, patched before any admin date is formatted.
import './buddhistEra'

/** Wraps the admin so that its dates print Buddhist-era years in Thai (see buddhistEra.ts). */
export const ThaiDatesProvider = ({ children }: { children?: ReactNode }) => children
