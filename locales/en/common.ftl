## Shared
app-name = LangNghe – The police listen to the people
