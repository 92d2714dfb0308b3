import type { ContactCardBlock as Block } from '../../payload-types'
import { ContactDetails } from '../../theme/components/ContactDetails'
import type { Site } from '../../theme/site'

export function ContactCardBlock({ block, site }: { block: Block; site: Site }) {
  return (
    <section className="block card" aria-labelledby={`contact-${block.id}`}>
      <h2 id={`contact-${block.id}`}>{block.heading || site.t('ติดต่อหน่วยงาน', 'Contact us')}</h2>
      <ContactDetails site={site} />
      <p>
        <a href={site.href('/contact')}>
          {site.t(
            'ส่งคำถาม ข้อเสนอแนะ หรือแจ้งเรื่องร้องเรียน',
            'Send a question, feedback or a complaint',
          )}
        </a>
      </p>
    </section>
  )
}
