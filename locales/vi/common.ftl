## Shared
app-name = LangNghe – Công an lắng nghe ý kiến nhân dân
