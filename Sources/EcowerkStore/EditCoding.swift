import EcowerkJSON
import EcowerkModel

/// An edit as one line of JSON and back: the recovery journal's unit.
public enum EditCoding {
  public static func encode(_ edit: Edit) -> [UInt8] {
    var writer = JSONWriter(style: .compact)
    writer.write(edit)
    return writer.bytes
  }

  /// Reads one edit; `file` and `line` locate a damaged journal entry in the message.
  public static func decode(_ bytes: [UInt8], file: String, line: Int) throws(StoreError) -> Edit {
    let node: JSONNode
    do {
      node = try JSONParser.parse(bytes)
    } catch {
      throw StoreError(.invalid, file: file, line: line, message: error.message)
    }
    var reader = JSONReader()
    reader.source = bytes
    do {
      return try reader.edit(node)
    } catch let error as DecodeError {
      throw StoreError(.invalid, file: file, line: line, path: error.path, message: error.message)
    } catch {
      throw StoreError(.invalid, file: file, line: line, message: "the entry could not be read")
    }
  }
}
