/// Where the parts of the screen go. Pure arithmetic on the terminal size.
public struct ScreenLayout: Hashable, Sendable {
  /// Below this the workbench asks for a larger window instead of drawing a mangled screen.
  public static let minimum = Size(width: 40, height: 10)

  public var topBar: Rect
  public var tabs: Rect
  public var pane: Rect
  /// The mode, what is typed or asked, messages and the plan's findings.
  public var statusBar: Rect
  /// The few keys that matter here and now, always on screen.
  public var keyBar: Rect
  public var isTooSmall: Bool

  public init(_ size: Size) {
    isTooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
    let all = size.rect
    let (top, rest) = all.splitTop(1)
    let (tabs, body) = rest.splitTop(1)
    let (upper, keys) = body.splitBottom(1)
    let (pane, status) = upper.splitBottom(1)
    topBar = top
    self.tabs = tabs
    self.pane = pane
    statusBar = status
    keyBar = keys
  }
}
