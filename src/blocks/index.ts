import { CallToAction } from './CallToAction/config'
import { ContactCard } from './ContactCard/config'
import { DocumentsList } from './DocumentsList/config'
import { EServiceLinks } from './EServiceLinks/config'
import { ExecutivesGrid } from './ExecutivesGrid/config'
import { HeadMessage } from './HeadMessage/config'
import { Hero } from './Hero/config'
import { NewsList } from './NewsList/config'
import { OitMenu } from './OitMenu/config'
import { QrCode } from './QrCode/config'
import { RichText } from './RichText/config'

/** Every block a unit's page may be built from. */
export const pageBlocks = [
  Hero,
  HeadMessage,
  RichText,
  NewsList,
  ExecutivesGrid,
  OitMenu,
  DocumentsList,
  EServiceLinks,
  ContactCard,
  QrCode,
  CallToAction,
]
