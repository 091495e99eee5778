export { decodeCsvBytes, type DecodedText, type TextEncodingName } from './decode.js'
export { columnIndex, parseCsvTable, type CsvRecord, type CsvTable, type ParseCsvOptions } from './parse.js'
