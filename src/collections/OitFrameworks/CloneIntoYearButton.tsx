'use client'
import { Button } from '@payloadcms/ui'

import { useCloneFramework } from './useCloneFramework'

/** One click: clones a framework into a given fiscal year and opens the copy. */
export function CloneIntoYearButton({
  frameworkID,
  fiscalYear,
  label,
}: {
  frameworkID: number
  fiscalYear: number
  label: string
}) {
  const { clone, busy } = useCloneFramework()
  return (
    <Button
      buttonStyle="primary"
      disabled={busy}
      margin={false}
      onClick={() => clone(frameworkID, fiscalYear)}
      size="small"
    >
      {label}
    </Button>
  )
}
