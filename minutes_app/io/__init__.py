"""Files in and out: the JSON archive, Word documents, spreadsheets, calendars."""
