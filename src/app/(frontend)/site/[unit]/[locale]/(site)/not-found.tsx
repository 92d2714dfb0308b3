/**
 * Unknown year, item, news or page of a known unit: shown inside the unit's own header and menu.
 */
export default function PageNotFound() {
  return (
    <main id="main">
      <h1>ไม่พบหน้าที่ต้องการ</h1>
      <p>
        ไม่พบปีงบประมาณ รายการ หรือหน้าตามลิงก์นี้ ลิงก์อาจพิมพ์ผิดหรือหน้าอาจถูกย้ายแล้ว
        กรุณาเลือกจากเมนูด้านบน
      </p>
      <p lang="en">
        Page not found: the year, item or page at this address does not exist. Please use the menu
        above.
      </p>
    </main>
  )
}
