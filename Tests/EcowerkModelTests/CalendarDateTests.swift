import EcowerkModel
import Testing

@Suite struct CalendarDateTests {
  @Test(arguments: [
    ("2027-03-01", 2027, 3, 1), ("1-3-2027", 2027, 3, 1), ("01-03-2027", 2027, 3, 1),
    ("29/2/2028", 2028, 2, 29), (" 2026-11-29 ", 2026, 11, 29), ("31.12.2030", 2030, 12, 31),
  ])
  func readsIsoAndDutchDates(_ text: String, _ year: Int, _ month: Int, _ day: Int) {
    #expect(CalendarDate.parse(text) == CalendarDate(year: year, month: month, day: day))
  }

  @Test(arguments: [
    "2027-02-29", "31-4-2027", "2027-13-01", "1-3-27", "morgen", "", "2027-3", "0-1-2027",
  ])
  func refusesDatesThatDoNotExist(_ text: String) {
    #expect(CalendarDate.parse(text) == nil)
  }

  @Test func dayNumbersRoundTrip() {
    for number in stride(from: -800_000, through: 800_000, by: 997) {
      #expect(CalendarDate(dayNumber: number).dayNumber == number)
    }
    #expect(CalendarDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
    #expect(CalendarDate(year: 2000, month: 3, day: 1)?.dayNumber == 11_017)
  }

  @Test func writesIsoAndDutchForms() {
    let date = CalendarDate(year: 2027, month: 3, day: 1)
    #expect(date?.description == "2027-03-01")
    #expect(date?.dutch == "1-3-2027")
  }
}
