/**
 * The Word enums code uses at run time. `@types/office-js` declares them as ambient enums, which TypeScript does
 * not inline, so `Word.InsertLocation.end` is a property read of the global: installWordGlobal provides these.
 */
export const InsertLocation = { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace" } as const;

export const RangeLocation = {
  whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content",
} as const;

export const ContentControlAppearance = { boundingBox: "BoundingBox", tags: "Tags", hidden: "Hidden" } as const;

export const ContentControlType = {
  unknown: "Unknown", richTextInline: "RichTextInline", richTextParagraphs: "RichTextParagraphs",
  richTextTableCell: "RichTextTableCell", richTextTableRow: "RichTextTableRow", richTextTable: "RichTextTable",
  plainTextInline: "PlainTextInline", plainTextParagraph: "PlainTextParagraph", picture: "Picture",
  buildingBlockGallery: "BuildingBlockGallery", checkBox: "CheckBox", comboBox: "ComboBox",
  dropDownList: "DropDownList", datePicker: "DatePicker", repeatingSection: "RepeatingSection",
  richText: "RichText", plainText: "PlainText", group: "Group",
} as const;

export const ErrorCodes = {
  accessDenied: "AccessDenied", generalException: "GeneralException", invalidArgument: "InvalidArgument",
  itemNotFound: "ItemNotFound", notAllowed: "NotAllowed", notImplemented: "NotImplemented",
  searchDialogIsOpen: "SearchDialogIsOpen", searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
} as const;

export const SelectionMode = { select: "Select", start: "Start", end: "End" } as const;

export const DocumentPropertyType = { string: "String", number: "Number", date: "Date", boolean: "Boolean" } as const;

export const BodyType = {
  unknown: "Unknown", mainDoc: "MainDoc", section: "Section", header: "Header", footer: "Footer", tableCell: "TableCell",
} as const;

export const OfficeExtensionErrorCodes = {
  accessDenied: "AccessDenied", generalException: "GeneralException", activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath", propertyNotLoaded: "PropertyNotLoaded", valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext", invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise", cannotRegisterEvent: "CannotRegisterEvent", apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
} as const;
