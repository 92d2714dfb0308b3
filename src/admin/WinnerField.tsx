'use client'
import { TextField, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useId, useMemo } from 'react'

type Bidder = { name: string; price: number | null }

/**
 * The selected supplier of a สขร.1 row, chosen from the row's bidders in one step (name and price
 * filled in) instead of typed again; the name stays editable for a supplier that did not bid.
 */
export const WinnerField: TextFieldClientComponent = (props) => {
  const { path } = props
  const row = path.replace(/\.winner\.name$/, '')
  const { dispatchFields, setModified } = useForm()
  const { i18n } = useTranslation()
  const thai = i18n.language !== 'en'
  const pickId = useId()
  // A string, so the field re-renders only when the bidders change, not on every keystroke
  // elsewhere.
  const listed = useFormFields(([fields]) => {
    const bidders: Bidder[] = []
    for (
      let index = 0;
      `${row}.bidders.${index}.name` in fields || `${row}.bidders.${index}.price` in fields;
      index++
    ) {
      const name = fields[`${row}.bidders.${index}.name`]?.value
      const price = fields[`${row}.bidders.${index}.price`]?.value
      if (typeof name === 'string' && name.trim())
        bidders.push({ name: name.trim(), price: typeof price === 'number' ? price : null })
    }
    return JSON.stringify(bidders)
  })
  const bidders = useMemo(() => JSON.parse(listed) as Bidder[], [listed])

  const choose = (index: number) => {
    const bidder = bidders[index]
    if (!bidder) return
    dispatchFields({ type: 'UPDATE', path, value: bidder.name })
    dispatchFields({ type: 'UPDATE', path: `${row}.winner.price`, value: bidder.price })
    setModified(true)
  }

  return (
    <div className="winner-field">
      <TextField {...props} />
      {bidders.length > 0 && !props.readOnly && (
        <p className="winner-field__pick">
          <label htmlFor={pickId}>{thai ? 'เลือกจากผู้เสนอราคา' : 'Choose from the bidders'}</label>
          <select
            id={pickId}
            value=""
            onChange={(event) => event.target.value !== '' && choose(Number(event.target.value))}
          >
            <option value="">{thai ? '— เลือก —' : '— choose —'}</option>
            {bidders.map((bidder, index) => (
              <option key={`${bidder.name}-${index}`} value={index}>
                {bidder.price == null
                  ? bidder.name
                  : `${bidder.name} · ${bidder.price.toLocaleString(thai ? 'th-TH' : 'en-GB')} ${thai ? 'บาท' : 'baht'}`}
              </option>
            ))}
          </select>
        </p>
      )}
    </div>
  )
}
