import type { EvidenceGroup, ShownValue, Subject } from '../evidence'
import type { Site } from '../site'
import { telHref } from './ContactDetails'
import { Badge, formatOf, kilobytes } from './Files'
import { FileLinks, PeriodFiles } from './PeriodFiles'
import { RichText } from './RichText'

/**
 * Marks what evidences which element, so a reader (or a test) can find an element's evidence by its
 * key.
 */
const evidenceOf = (keys: string[]) => ({ 'data-element': keys.join(' ') })

function Value({ site, value }: { site: Site; value: ShownValue }) {
  switch (value.kind) {
    case 'rich':
      return (
        <div lang={value.lang && value.lang !== site.locale ? value.lang : undefined}>
          <RichText data={value.data as never} />
        </div>
      )
    case 'image':
      return (
        <img
          src={value.src}
          alt={value.alt}
          width={value.width ?? undefined}
          height={value.height ?? undefined}
          loading="lazy"
          className="evidence-image"
        />
      )
    case 'file':
      return (
        <a href={value.url} className="file">
          <Badge format={formatOf(value.filename)} /> <span>{value.title}</span>
          {value.filesize ? <span className="muted"> ({kilobytes(value.filesize)})</span> : null}
        </a>
      )
    case 'link':
      return (
        <a href={value.href} rel="noopener">
          {value.text}
        </a>
      )
    case 'tel':
      return <a href={telHref(value.phone)}>{value.phone}</a>
    default:
      return (
        <span lang={value.lang && value.lang !== site.locale ? value.lang : undefined}>
          {value.text}
        </span>
      )
  }
}

/**
 * The unit's own official files of a period (a สขร.1 from e-GP, a signed report), beside the
 * generated ones.
 */
function Official({ site, files }: { site: Site; files: ShownValue[] }) {
  return (
    <span className="files">
      <span className="muted">{site.t('ไฟล์ทางการ:', 'Official files:')}</span>
      {files.map((file, index) => (
        <Value key={index} site={site} value={file} />
      ))}
    </span>
  )
}

/**
 * When a period was first made public: kept from its first publish, whatever was regenerated since.
 */
export function FirstPublished({ site, at }: { site: Site; at: string }) {
  return (
    <span className="muted first-published">
      {site.t('เผยแพร่ครั้งแรก', 'First published')}{' '}
      <time dateTime={at}>{site.formatDate(at)}</time>
    </span>
  )
}

function SubjectCard({ site, subject, keys }: { site: Site; subject: Subject; keys: string[] }) {
  // A title the fields below already show is not repeated.
  const titled = !subject.shown.some((shown) =>
    shown.values.some((value) => value.kind === 'text' && value.text === subject.title),
  )
  return (
    <li className="evidence-subject" {...(keys.length ? evidenceOf(keys) : {})}>
      {(titled || subject.context) && (
        <p className="evidence-title">
          {titled && <strong>{subject.title}</strong>}
          {subject.context && (
            <span className="muted">
              {titled && ' · '}
              {subject.context}
            </span>
          )}
        </p>
      )}
      {subject.shown.length > 0 && (
        <dl>
          {subject.shown.map((shown) => (
            <div key={shown.label} {...evidenceOf(shown.elements)}>
              <dt>{shown.label}</dt>
              {shown.values.map((value, index) => (
                <dd key={index}>
                  <Value site={site} value={value} />
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </li>
  )
}

/**
 * The item's required elements and what evidences each: one block per set of elements shown by the
 * same documents, headed by the element (or, for several, their documents) and listing the
 * elements.
 */
export function ItemEvidence({ site, groups }: { site: Site; groups: EvidenceGroup[] }) {
  const { t } = site
  return (
    <>
      {groups.map((group, index) => {
        const id = `evidence-${index + 1}`
        const keys = group.elements.map((element) => element.key)
        // A subject itself evidences only the elements that ask for no field of it (its being
        // published).
        const bySubject = group.elements
          .filter(
            (element) =>
              element.check?.type === 'records' &&
              !element.check.fields?.length &&
              !element.check.cover,
          )
          .map((element) => element.key)
        return (
          <section key={group.key} className="card evidence" aria-labelledby={id}>
            <h2 id={id}>{group.heading}</h2>
            {group.elements.length > 1 && (
              <ul className="evidence-elements">
                {group.elements.map((element) => (
                  <li key={element.key}>{element.label}</li>
                ))}
              </ul>
            )}
            {group.kind === 'records' &&
              (group.subjects.length ? (
                <ul className="plain evidence-subjects">
                  {group.subjects.map((subject) => (
                    <SubjectCard key={subject.id} site={site} subject={subject} keys={bySubject} />
                  ))}
                </ul>
              ) : (
                <p className="muted">{t('ยังไม่มีข้อมูลที่เผยแพร่', 'Nothing published yet')}</p>
              ))}
            {group.kind === 'months' && (
              <ul className="plain">
                {group.months.map((month) => (
                  <li
                    key={month.period}
                    className="period"
                    {...(month.published ? evidenceOf(keys) : {})}
                  >
                    <span>{month.label}</span>
                    <span>
                      {month.declared ? (
                        <strong>{month.declared}</strong>
                      ) : month.published ? (
                        t('เผยแพร่แล้ว', 'Published')
                      ) : (
                        <span className="muted">{t('ยังไม่เผยแพร่', 'Not published yet')}</span>
                      )}
                      {month.firstPublished && (
                        <>
                          {' · '}
                          <FirstPublished site={site} at={month.firstPublished} />
                        </>
                      )}
                      {month.files.length > 0 && (
                        <FileLinks site={site} label={month.label} files={month.files} />
                      )}
                      {month.official.length > 0 && <Official site={site} files={month.official} />}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {group.kind === 'files' &&
              (group.periods.length || group.official.length ? (
                <div {...evidenceOf(keys)}>
                  <PeriodFiles site={site} periods={group.periods} />
                  {group.official.length > 0 && <Official site={site} files={group.official} />}
                </div>
              ) : (
                <p className="muted">{t('ยังไม่มีไฟล์', 'No files yet')}</p>
              ))}
            {group.signs.length > 0 && (
              <ul className="plain">
                {group.signs.map((sign) => (
                  <li key={sign.href}>
                    <a href={sign.href} className="file">
                      <Badge format="pdf" /> <span>{sign.label}</span>
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {group.kind === 'form' && (
              <p {...evidenceOf(keys)}>
                <a href={group.href}>{group.text}</a>
              </p>
            )}
          </section>
        )
      })}
    </>
  )
}
