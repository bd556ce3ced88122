/// Dates as spreadsheets store them: a serial number of days since 1899-12-30 (or since
/// 1904-01-01 in workbooks made on old Macs), with the fraction the time of day.
public enum ExcelDate {
  /// The serial number of a calendar day in the 1900 date system.
  public static func serial(year: Int, month: Int, day: Int) -> Int {
    // Excel counts 1900-02-29, which did not exist, so every later serial is one higher
    // than the days since 1899-12-31 would make it — the same as days since 1899-12-30.
    days(year: year, month: month, day: day) - days(year: 1899, month: 12, day: 30)
  }

  /// `2027-03-01`, `2027-03-01 14:30` or `14:30` for a serial number in a cell with a date or
  /// time format; nil when it is out of range.
  public static func text(serial: Double, date1904: Bool) -> String? {
    guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
    var whole = Int(serial.rounded(.down))
    var seconds = Int(((serial - Double(whole)) * 86_400).rounded())
    if seconds == 86_400 {
      whole += 1
      seconds = 0
    }
    let time =
      pad(seconds / 3600) + ":" + pad(seconds / 60 % 60)
      + (seconds % 60 == 0 ? "" : ":" + pad(seconds % 60))
    if whole == 0 && !date1904 { return seconds == 0 ? nil : time }
    let date: String
    if date1904 {
      date = civil(days(year: 1904, month: 1, day: 1) + whole)
    } else if whole == 60 {
      date = "1900-02-29"
    } else {
      date = civil(days(year: 1899, month: 12, day: whole < 60 ? 31 : 30) + whole)
    }
    return seconds == 0 ? date : date + " " + time
  }

  private static func pad(_ number: Int) -> String {
    number < 10 ? "0\(number)" : String(number)
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
  /// `EcowerkModel.CalendarDate` has the same arithmetic; this module is standard library
  /// only, so it keeps its own few lines rather than depend on the domain.
  static func days(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// `YYYY-MM-DD` of days since 1970-01-01.
  static func civil(_ days: Int) -> String {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return String(year) + "-" + pad(month) + "-" + pad(day)
  }
}
