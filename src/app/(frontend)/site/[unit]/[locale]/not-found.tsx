import Link from 'next/link'

/**
 * An unknown unit: nothing of any unit is known here, so the page is bilingual and links to the
 * units index.
 */
export default function UnitNotFound() {
  return (
    <>
      {/* An unknown unit has no metadata (its lookup is what failed): React places this title in the head. */}
      <title>ไม่พบหน้าที่ต้องการ / Page not found</title>
      <header className="site-header">
        <h1>ไม่พบหน้าที่ต้องการ</h1>
        <p lang="en">Page not found</p>
      </header>
      <main id="main">
        <p>ไม่พบหน่วยงานหรือหน้าตามลิงก์นี้ ลิงก์อาจพิมพ์ผิดหรือหน้าอาจถูกย้ายแล้ว</p>
        <p lang="en">There is no unit or page at this address.</p>
        <p>
          <Link href="/">ดูรายชื่อหน่วยงานทั้งหมด / All units</Link>
        </p>
      </main>
    </>
  )
}
