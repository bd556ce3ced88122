import EcowerkJSON

/// Swift Testing has its own `SourceLocation`, so the tests name the parser's one explicitly.
typealias Location = EcowerkJSON.SourceLocation
