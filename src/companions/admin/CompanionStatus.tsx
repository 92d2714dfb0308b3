'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type TargetStatus = {
  item: string
  period: string
  label: string
  state: 'pending' | 'done' | 'failed' | 'withdrawn'
  reason: string | null
  files: { format: string; url: string; generatedAt: string; withdrawn: boolean }[]
}

const stateLabels = {
  pending: { th: 'กำลังสร้างไฟล์…', en: 'Generating…' },
  done: { th: 'สร้างไฟล์แล้ว', en: 'Files up to date' },
  failed: { th: 'สร้างไฟล์ไม่สำเร็จ', en: 'Generation failed' },
  withdrawn: { th: 'ยังไม่มีไฟล์ (ข้อมูลยังไม่ได้เผยแพร่)', en: 'No files (data not published)' },
}

/**
 * The PDF/Word/Excel files generated from this document: state, failure reason and stable links.
 */
export const CompanionStatus = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'th'
  const [targets, setTargets] = useState<TargetStatus[] | null>(null)

  useEffect(() => {
    if (!id) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const load = async () => {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/companions/status?collection=${collectionSlug}&id=${id}`,
        { credentials: 'include' },
      )
      if (!response.ok || stopped) return
      const body = (await response.json()) as { targets: TargetStatus[] }
      setTargets(body.targets)
      // Keep watching while a generation is queued or running.
      if (body.targets.some((target) => target.state === 'pending')) timer = setTimeout(load, 4000)
    }
    void load()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [id, collectionSlug, lastUpdateTime, config.serverURL, config.routes.api])

  if (!id || !targets?.length) return null
  return (
    <div className="field-type companion-status" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">
        {lang === 'th' ? 'ไฟล์ที่ระบบสร้างจากข้อมูลนี้' : 'Files generated from this data'}
      </label>
      {targets.map((target) => (
        <div
          key={`${target.item}-${target.period}`}
          style={{ marginBottom: 'calc(var(--base) / 2)' }}
        >
          <div>
            <strong>
              {target.item} · {target.label}
            </strong>
            : <span data-state={target.state}>{stateLabels[target.state][lang]}</span>
          </div>
          {target.reason && (
            <div role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {target.reason}
            </div>
          )}
          <div>
            {target.files
              .filter((file) => !file.withdrawn)
              .map((file) => (
                <a
                  key={file.format}
                  href={file.url}
                  target="_blank"
                  rel="noreferrer"
                  style={{ marginRight: '0.75em' }}
                >
                  {file.format.toUpperCase()}
                </a>
              ))}
          </div>
        </div>
      ))}
    </div>
  )
}
