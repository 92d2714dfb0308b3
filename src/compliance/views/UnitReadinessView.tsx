import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'
import { Banner } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { ApprovalDecision } from '../../approval/ApprovalDecision'
import { assignedUnitIDs, hasRole, isReviewer, userOf } from '../../access/roles'
import { formatThaiDate } from '../../fiscal'
import { defaultYear } from '../../frameworks/inForce'
import { unitDashboard } from '../dashboard'
import { statuses } from '../readiness'
import { itemUrl } from '../sheets'
import { notOfferedNotice } from '../unitFrameworks'
import { idParam, yearParam } from '../units'
import { AdminPage } from './AdminPage'
import { BorrowedFrameworkNotice } from './BorrowedFrameworkNotice'
import { StatusBadge } from './StatusBadge'

const findingStatus: Record<string, string> = { open: 'รอหน่วยงานตอบ', answered: 'หน่วยงานตอบแล้ว', closed: 'ปิดแล้ว' }
const dueKinds = { phase: 'ปฏิทิน ITA', plan: 'แผนปฏิบัติการ', item: 'กำหนดเสร็จของข้อ' }

/** A new HQ observation about one item of a unit's year, the form filled in (`PrefillFromQuery`). */
export const findingLink = (admin: string, unit: number, year: number, code: string) => `${admin}/collections/review-findings/create?unit=${unit}&year=${year}&item=${code}`

const day = (value?: string | null) => (value ? formatThaiDate(new Date(value), { style: 'short' }) : '–')

/**
 * The unit dashboard (`/admin/readiness?unit=&year=`): every item with its status, what is missing
 * and a link to fix it, who answers for it and by when, the HQ's observations and what is due next.
 */
export async function UnitReadinessView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const search = (props.searchParams ?? {}) as Record<string, string | undefined>
  const admin = req.payload.config.routes.admin
  const fiscalYear = yearParam(search.year)
  const unitID = idParam(search.unit) ?? idParam(getTenantFromCookie(req.headers, 'number')) ?? idParam(assignedUnitIDs(userOf(req))[0])
  const dashboard = unitID ? await unitDashboard(req, unitID, fiscalYear) : null
  if (!dashboard) {
    return (
      <AdminPage {...props}>
        <h1>ความพร้อม OIT</h1>
        <p>เลือกหน่วยงานจากตัวเลือกหน่วยงาน หรือจาก <a href={`${admin}/readiness/matrix`}>ภาพรวมความพร้อม OIT</a> / Choose a unit.</p>
      </AdminPage>
    )
  }
  const { readiness, offeredYears, assignments, findings, dueNext, awaiting } = dashboard
  const head = hasRole(userOf(req), 'unit-approver', 'super-admin')
  const reviewer = isReviewer(userOf(req))
  const { unit, counts } = readiness
  const query = (year: number) => `?unit=${unit.id}&year=${year}`
  // Links lead only to years the unit's site publishes: other years have no item pages, nor ITAP URLs.
  const published = offeredYears.includes(fiscalYear)
  const years = [fiscalYear - 1, fiscalYear, fiscalYear + 1].filter((year) => offeredYears.includes(year))
  const unpublished = published ? null : notOfferedNotice(fiscalYear, offeredYears)
  const fallback = defaultYear(offeredYears)
  return (
    <AdminPage {...props}>
      <h1>
        ความพร้อม OIT · {unit.name} · ปีงบประมาณ {fiscalYear}
      </h1>
      <nav className="readiness__bar" aria-label="ปีงบประมาณและไฟล์">
        {years.length ? (
          <span>
            ปีงบประมาณ:{' '}
            {years.map((year) => (
              <a key={year} href={query(year)} aria-current={year === fiscalYear ? 'page' : undefined} className="readiness__year">
                {year}
              </a>
            ))}
          </span>
        ) : null}
        {published ? (
          <>
            <a href={`/api/readiness/itap${query(fiscalYear)}`}>ดาวน์โหลดรายการ URL สำหรับ ITAP (XLSX)</a>
            <a href={`/api/readiness/itap${query(fiscalYear)}&format=csv`}>(CSV)</a>
          </>
        ) : null}
      </nav>
      {unpublished ? (
        <Banner type="info" className="readiness__notice">
          {unpublished.th} / <span lang="en">{unpublished.en}</span>
          {fallback ? (
            <>
              {' '}
              <a href={query(fallback)}>ไปที่ปีงบประมาณ {fallback}</a>
            </>
          ) : null}
        </Banner>
      ) : null}
      <BorrowedFrameworkNotice fiscalYear={fiscalYear} frameworkYear={readiness.frameworkYear} />

      <section className="readiness__summary" aria-label="สรุปความพร้อม">
        <p className="readiness__score">
          ผ่าน <strong>{counts.pass}</strong> จาก {counts.total} ข้อ ({counts.total ? Math.round((counts.pass / counts.total) * 100) : 0}%)
        </p>
        <progress max={counts.total} value={counts.pass} aria-label="ข้อที่ผ่าน" />
        <p>
          {statuses
            .filter((status) => status !== 'pass' && (counts[status] || status === 'fail'))
            .map((status, index) => (
              <span key={status}>
                {index > 0 && ' · '}
                <StatusBadge status={status} /> {counts[status]} ข้อ
              </span>
            ))}
        </p>
      </section>

      {awaiting.length ? (
        <section id="approval" aria-labelledby="approval-title">
          <h2 id="approval-title">รออนุมัติ ({awaiting.length})</h2>
          <table className="readiness__table">
            <thead>
              <tr>
                <th scope="col">ข้อ</th>
                <th scope="col">เอกสาร</th>
                <th scope="col">ส่งเมื่อ</th>
                <th scope="col">{head ? 'อนุมัติ' : 'สถานะ'}</th>
              </tr>
            </thead>
            <tbody>
              {awaiting.map((entry) => (
                <tr key={`${entry.collection}/${entry.id}`}>
                  <th scope="row">{entry.items.join(', ') || '–'}</th>
                  <td>
                    {entry.what}: <a href={entry.href}>{entry.title}</a>
                  </td>
                  <td>{day(entry.submittedAt)}</td>
                  <td>{head ? <ApprovalDecision collection={entry.collection} id={entry.id} title={entry.title} /> : <StatusBadge status="awaiting" />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <div className="readiness__columns">
        <section>
          <h2>สิ่งที่ต้องทำต่อไป</h2>
          {dueNext.length ? (
            <ul className="readiness__list">
              {dueNext.map((due, index) => (
                <li key={index}>
                  <strong>{day(due.date)}</strong> · {dueKinds[due.kind]}: {due.href ? <a href={due.href}>{due.what}</a> : due.what}
                </li>
              ))}
            </ul>
          ) : (
            <p>ไม่มีกำหนดการใน 60 วันข้างหน้า</p>
          )}
        </section>
        <section>
          <h2>ข้อสังเกตจากผู้ตรวจ</h2>
          {findings.length ? (
            <ul className="readiness__list">
              {findings.map((finding) => (
                <li key={finding.id}>
                  <a href={`${admin}/collections/review-findings/${finding.id}`}>
                    {finding.item}: {finding.observation}
                  </a>{' '}
                  <em>({findingStatus[finding.status] ?? finding.status})</em>
                </li>
              ))}
            </ul>
          ) : (
            <p>ยังไม่มีข้อสังเกต</p>
          )}
        </section>
      </div>

      <table className="readiness__table">
        <caption>รายการข้อ OIT ของกรอบปีงบประมาณ {readiness.frameworkYear ?? '–'}</caption>
        <thead>
          <tr>
            <th scope="col">ข้อ</th>
            <th scope="col">ชื่อข้อ</th>
            <th scope="col">สถานะ</th>
            <th scope="col">สิ่งที่ยังขาด</th>
            <th scope="col">ผู้รับผิดชอบ</th>
            <th scope="col">กำหนดเสร็จ</th>
          </tr>
        </thead>
        <tbody>
          {readiness.items.map((item) => {
            const owner = assignments.get(item.code)
            // Elements fed by the same data often miss the same thing: say it once.
            const missing = [...new Map(item.elements.flatMap((element) => element.reasons.map((reason) => [reason.th, { text: reason.th, fix: element.fix }] as const))).values()]
            return (
              <tr key={item.code} id={item.code}>
                <th scope="row">
                  {published ? (
                    <a href={itemUrl(readiness, item.code)} title="หน้าสาธารณะของข้อนี้">
                      {item.code}
                    </a>
                  ) : (
                    item.code
                  )}
                </th>
                <td>{item.title.th}</td>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td>
                  {missing.length ? (
                    <ul className="readiness__missing">
                      {missing.map(({ text, fix }) => (
                        <li key={text}>
                          {text}
                          {fix ? (
                            <>
                              {' '}
                              <a href={fix}>แก้ไข</a>
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    '–'
                  )}
                  {reviewer && item.status !== 'pass' ? (
                    <a className="readiness__observe" href={findingLink(admin, unit.id, fiscalYear, item.code)}>
                      เขียนข้อสังเกต
                    </a>
                  ) : null}
                </td>
                <td>
                  {owner ? (
                    <dl className="readiness__owners">
                      <dt>ผู้ดำเนินการ</dt>
                      <dd>{owner.doer || '–'}</dd>
                      <dt>ผู้ควบคุม</dt>
                      <dd>{owner.controller || '–'}</dd>
                      <dt>ผู้ตรวจสอบ</dt>
                      <dd>{owner.checker || '–'}</dd>
                    </dl>
                  ) : (
                    <a href={`${admin}/collections/oit-assignments/create`}>กำหนดผู้รับผิดชอบ</a>
                  )}
                </td>
                <td>{day(owner?.deadline)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </AdminPage>
  )
}
