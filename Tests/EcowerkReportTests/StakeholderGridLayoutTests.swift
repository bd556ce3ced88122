import Testing

@testable import EcowerkReport

/// The influence × interest grid's arithmetic: every party in the cell of its scores, labels
/// inside their cell and apart, a crowded cell summed up as "+N more".
@Suite struct StakeholderGridLayoutTests {
  static func grid(_ parties: [StakeholderGrid.Party]) -> StakeholderGrid {
    StakeholderGrid(
      parties: parties, highFrom: 4, influenceTitle: "Invloed", interestTitle: "Belang",
      quadrants: ["a", "b", "c", "d"], markNames: ["o", "m", "x"], moreTemplate: "+{1} meer")
  }

  static func parties(_ count: Int, longNames: Bool = false) -> [StakeholderGrid.Party] {
    (0..<count).map { index in
      StakeholderGrid.Party(
        name: longNames
          ? "Ontwikkelingsmaatschappij Oost-Nederland afdeling \(index)" : "Partij \(index)",
        influence: index % 5 + 1, interest: (index / 5) % 5 + 1,
        mark: index == 0 ? .orchestrator : index % 3 == 0 ? .member : .other)
    }
  }

  @Test(arguments: [(13, false), (25, true), (60, true)])
  func everyPartyIsInTheCellOfItsScores(_ count: Int, _ long: Bool) {
    let parties = Self.parties(count, longNames: long)
    let layout = StakeholderGridLayout(Self.grid(parties))
    #expect(layout.cells.count == 25)
    var placed: [String] = []
    for cell in layout.cells {
      for label in cell.labels {
        #expect(label.party.influence == cell.influence && label.party.interest == cell.interest)
        #expect(cell.frame.contains(label.frame), "\(label.party.name) outside its cell")
        placed.append(label.party.name)
      }
      for (index, label) in cell.labels.enumerated() {
        for other in cell.labels[(index + 1)...] {
          #expect(!label.frame.overlaps(other.frame))
        }
      }
      #expect(cell.hidden == 0)
    }
    #expect(placed.sorted() == parties.map(\.name).sorted())
    // Influence 5 on top, interest 5 on the right.
    let top = layout.cells.filter { $0.influence == 5 }.map(\.frame.y)
    let bottom = layout.cells.filter { $0.influence == 1 }.map(\.frame.y)
    #expect((top.max() ?? 0) < (bottom.min() ?? 0))
  }

  @Test func aCrowdedCellNamesWhatFitsAndCountsTheRest() {
    let crowd = (0..<40).map {
      StakeholderGrid.Party(name: "Mkb \($0)", influence: 2, interest: 3, mark: .other)
    }
    let layout = StakeholderGridLayout(Self.grid(crowd))
    let cell = layout.cells.first { $0.influence == 2 && $0.interest == 3 }
    #expect(cell?.labels.count == StakeholderGridLayout.maxLabels - 1)
    #expect(cell?.hidden == 40 - StakeholderGridLayout.maxLabels + 1)
    #expect((cell?.labels.count ?? 0) + (cell?.hidden ?? 0) == 40)
  }

  @Test func scoresOffTheScaleLandInTheNearestCell() {
    let odd = [StakeholderGrid.Party(name: "X", influence: 9, interest: 0, mark: .other)]
    let layout = StakeholderGridLayout(Self.grid(odd))
    #expect(layout.cells.first { $0.influence == 5 && $0.interest == 1 }?.labels.count == 1)
  }

  @Test func aLongWordIsSetSmallerRatherThanBroken() {
    let width = 115.0
    let size = StakeholderGridLayout.size(
      of: "Ontwikkelingsmaatschappij Oost", width: width, bold: false)
    #expect(size < StakeholderGridLayout.fontSize)
    #expect(SVGText.width("Ontwikkelingsmaatschappij", size: size) <= width + 0.01)
    #expect(StakeholderGridLayout.size(of: "ROC Tubantia", width: width, bold: false) == 9.5)
    // Never below three quarters of the size: a longer word is then broken.
    let tiny = StakeholderGridLayout.size(of: "Ontwikkelingsmaatschappij", width: 50, bold: false)
    #expect(tiny == StakeholderGridLayout.fontSize * 0.75)
  }
}
