package i18n

// overviewStrings are the overview tab's strings. Keys start with "overview.".
var overviewStrings = map[string]entry{}
