import { feedbackKinds } from '@/collections/Feedback'
import { ContactDetails } from '@/theme/components/ContactDetails'
import { SubmissionForm } from '@/theme/components/SubmissionForm'
import { routeMetadata } from '@/theme/metadata'
import { siteOf, type SiteParams } from '@/theme/site'
import { siteRoutes } from '@/routing/siteRoutes'

export const generateMetadata = routeMetadata('contact')

/** O5 (contact and the question/feedback channel) and O17 (the corruption-complaint channel). */
export default async function Contact({ params }: { params: Promise<SiteParams> }) {
  const site = await siteOf(params)
  const { t, unit } = site
  const { map } = unit.contact ?? {}
  const sendLabels = {
    submit: t('ส่งข้อความ', 'Send'),
    sending: t('กำลังส่ง…', 'Sending…'),
    failed: t(
      'ส่งไม่สำเร็จ กรุณาตรวจสอบข้อมูลแล้วลองอีกครั้ง',
      'Not sent: please check the form and try again.',
    ),
  }
  return (
    <main id="main">
      <h1>{site.pick(siteRoutes.contact.label)}</h1>
      <section className="card" aria-labelledby="address">
        <h2 id="address">{t('ที่อยู่และหมายเลขโทรศัพท์', 'Address and phone numbers')}</h2>
        <ContactDetails site={site} />
        {map?.latitude != null && map.longitude != null && (
          <p className="muted">
            {t('พิกัด', 'Coordinates')}: {map.latitude}, {map.longitude}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="feedback">
        <h2 id="feedback">{t('ถาม-ตอบ และแสดงความคิดเห็น', 'Questions and feedback')}</h2>
        <p>
          {t('หน่วยงานจะตอบกลับทางช่องทางที่ท่านระบุ', 'We reply through the contact you give.')}
        </p>
        <SubmissionForm
          id="feedback-form"
          collection="feedback"
          tenant={unit.id}
          labels={{
            ...sendLabels,
            done: t(
              'ได้รับข้อความของท่านแล้ว ขอบคุณครับ/ค่ะ',
              'Thank you: your message has been received.',
            ),
          }}
        >
          <label>
            {t('ประเภท', 'Kind')}
            <select name="kind" defaultValue="question">
              {Object.entries(feedbackKinds).map(([value, label]) => (
                <option key={value} value={value}>
                  {site.pick(label)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ข้อความ', 'Message')} <span className="required">*</span>
            <textarea name="message" required minLength={5} maxLength={2000} rows={5} />
          </label>
          <label>
            {t('ชื่อ (ไม่บังคับ)', 'Name (optional)')}
            <input name="name" maxLength={100} autoComplete="name" />
          </label>
          <label>
            {t('ช่องทางติดต่อกลับ (ไม่บังคับ)', 'Contact for a reply (optional)')}
            <input name="contact" maxLength={200} autoComplete="email" />
          </label>
        </SubmissionForm>
      </section>

      <section className="card" aria-labelledby="complaint" id="complaint-section">
        <h2 id="complaint">
          {t('แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'Report corruption or misconduct')}
        </h2>
        <p className="confidential">
          {t(
            'ข้อมูลที่ท่านแจ้งเป็นความลับ เห็นได้เฉพาะหัวหน้าหน่วยงานและหน่วยบังคับบัญชาเท่านั้น ท่านไม่จำเป็นต้องระบุชื่อ หากระบุ หน่วยงานจะคุ้มครองข้อมูลและไม่เปิดเผยตัวผู้แจ้ง',
            'What you report is confidential: only the head of the unit and its headquarters can read it. You need not give your name; if you do, it is protected and never disclosed.',
          )}
        </p>
        <SubmissionForm
          id="complaint-form"
          collection="corruption-complaints"
          tenant={unit.id}
          labels={{
            ...sendLabels,
            submit: t('ส่งเรื่องร้องเรียน', 'Send the report'),
            done: t(
              'ได้รับเรื่องร้องเรียนแล้ว หน่วยงานจะดำเนินการโดยเก็บข้อมูลเป็นความลับ',
              'Your report has been received and will be handled confidentially.',
            ),
          }}
        >
          <label>
            {t('เรื่องที่ร้องเรียน', 'Subject')} <span className="required">*</span>
            <input name="subject" required minLength={5} maxLength={300} />
          </label>
          <label>
            {t('รายละเอียด (ใคร ทำอะไร ที่ไหน เมื่อไร)', 'Details (who, what, where, when)')}{' '}
            <span className="required">*</span>
            <textarea name="details" required minLength={20} maxLength={5000} rows={6} />
          </label>
          <label>
            {t('วันที่เกิดเหตุ', 'Date of the incident')}
            <input type="date" name="incidentDate" />
          </label>
          <label>
            {t('สถานที่เกิดเหตุ', 'Place')}
            <input name="place" maxLength={300} />
          </label>
          <fieldset>
            <legend>{t('ผู้แจ้ง (ไม่บังคับ)', 'You (optional)')}</legend>
            <label>
              {t('ชื่อ', 'Name')}
              <input name="reporter.name" maxLength={200} autoComplete="name" />
            </label>
            <label>
              {t('โทรศัพท์', 'Phone')}
              <input name="reporter.phone" type="tel" autoComplete="tel" />
            </label>
            <label>
              {t('อีเมล', 'E-mail')}
              <input name="reporter.email" type="email" autoComplete="email" />
            </label>
          </fieldset>
          <label>
            {t(
              'หลักฐาน (ไม่บังคับ: PDF, รูปภาพ หรือ Word ไม่เกิน 10 MB)',
              'Evidence (optional: PDF, image or Word, up to 10 MB)',
            )}
            <input type="file" name="file" accept=".pdf,.docx,image/*" />
          </label>
        </SubmissionForm>
      </section>
    </main>
  )
}
