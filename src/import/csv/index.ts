export { decodeCsvBytes, type DecodedText, type TextEncodingName } from './decode.js'
export { columnIndex, parseCsvStream, parseCsvTable, type CsvRecord, type CsvStreamResult, type CsvTable, type ParseCsvOptions } from './parse.js'
