import Link from 'next/link'

/**
 * "Not found" inside the public site's layout, so that it is a Thai page (`<html lang="th">`, a
 * main
 * landmark) rather than Next's built-in English 404 outside any layout.
 */
export default function NotFound() {
  return (
    <>
      <header className="site-header">
        <h1>ไม่พบหน้าที่ต้องการ</h1>
      </header>
      <main>
        <p>ไม่พบหน่วยงานหรือหน้าตามลิงก์นี้ ลิงก์อาจพิมพ์ผิดหรือหน้าอาจถูกย้ายแล้ว</p>
        <p>
          <Link href="/">ดูรายชื่อหน่วยงานทั้งหมด</Link>
        </p>
      </main>
    </>
  )
}
