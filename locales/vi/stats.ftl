## Statistics, dashboard, exports and the periodic report

stats-nav = Thống kê
stats-title = Thống kê tiếp nhận, giải quyết
stats-reports-title = Báo cáo và xuất dữ liệu
stats-hours = { $value } giờ
stats-days = { $value } ngày
stats-empty = Không có hồ sơ nào trong kỳ này.
stats-loading = Đang tải số liệu…
stats-scope-all = Toàn bộ đơn vị trong phạm vi
stats-vs-previous = so với kỳ trước
stats-no-comparison = không có kỳ trước để so sánh
stats-generated-at = Số liệu lúc { $at }

## Period picker
stats-period-label = Kỳ thống kê
stats-period-current = Kỳ này
stats-period-previous = Kỳ trước
stats-preset-7d = 7 ngày qua
stats-preset-30d = 30 ngày qua
stats-preset-month = Tháng này
stats-preset-quarter = Quý này
stats-preset-half = 6 tháng
stats-preset-year = Năm nay
stats-preset-custom = Tùy chọn
stats-from = Từ ngày
stats-to = Đến ngày
stats-granularity = Chia theo
stats-granularity-day = Ngày
stats-granularity-week = Tuần
stats-granularity-month = Tháng
stats-unit-filter = Đơn vị
stats-apply = Xem
stats-period-range = Từ { $from } đến { $to }

## KPIs
stats-kpi-received = Tiếp nhận
stats-kpi-resolved = Đã giải quyết
stats-kpi-early = Trước hạn
stats-kpi-on-time = Đúng hạn
stats-kpi-late = Trễ hạn
stats-kpi-pending = Đang giải quyết
stats-kpi-overdue = Quá hạn
stats-kpi-rejected = Từ chối
stats-kpi-on-time-rate = Tỷ lệ đúng hạn
stats-kpi-median-first-response = Phản hồi đầu tiên (trung vị, giờ)
stats-kpi-median-resolution = Thời gian giải quyết (trung vị, giờ)
stats-kpi-satisfaction = Hài lòng (TB/5)
stats-kpi-ratings = Số đánh giá
stats-kpi-anonymous-share = Tỷ lệ ẩn danh
stats-kpi-open-now = Đang mở (hiện tại)
stats-kpi-overdue-now = Quá hạn (hiện tại)
stats-kpi-first-response = Phản hồi đầu tiên
stats-kpi-resolution-time = Thời gian giải quyết
stats-rating-1 = 1 sao
stats-rating-2 = 2 sao
stats-rating-3 = 3 sao
stats-rating-4 = 4 sao
stats-rating-5 = 5 sao

## Tables and charts
stats-by-unit = Xếp hạng đơn vị
stats-by-unit-note = Xếp theo tỷ lệ giải quyết đúng hạn (trước hạn + đúng hạn), rồi số hồ sơ trễ hạn.
stats-by-category = Theo lĩnh vực
stats-by-channel = Theo kênh
stats-by-ward = Theo địa bàn (xã, phường)
stats-trend = Diễn biến tiếp nhận và giải quyết
stats-heat = Bản đồ nhiệt địa bàn × lĩnh vực
stats-top-terms = Nội dung được nhắc đến nhiều nhất
stats-top-categories = Lĩnh vực nhiều hồ sơ nhất
stats-satisfaction-distribution = Phân bố mức độ hài lòng
stats-timeliness-chart = Kết quả giải quyết
stats-channel-telegram = Telegram
stats-channel-zalo = Zalo
stats-no-ward = Không rõ địa bàn

## Columns
stats-col-rank = Hạng
stats-col-index = STT
stats-col-unit = Đơn vị
stats-col-category = Lĩnh vực
stats-col-ward = Địa bàn
stats-col-channel = Kênh
stats-col-metric = Chỉ tiêu
stats-col-period-start = Từ ngày
stats-col-term = Cụm từ
stats-col-count = Số lần
stats-col-code = Mã
stats-col-kind = Loại
stats-col-unitCode = Mã đơn vị
stats-col-unitName = Đơn vị
stats-col-status = Trạng thái
stats-col-isUrgent = Khẩn
stats-col-isAnonymous = Ẩn danh
stats-col-createdAt = Thời điểm tiếp nhận
stats-col-firstResponseDueAt = Hạn phản hồi đầu
stats-col-firstRespondedAt = Phản hồi đầu lúc
stats-col-dueAt = Hạn giải quyết
stats-col-extendedAt = Gia hạn lúc
stats-col-extensionReason = Lý do gia hạn
stats-col-resolvedAt = Giải quyết lúc
stats-col-closedAt = Đóng lúc
stats-col-timeliness = Kết quả so với hạn
stats-col-rating = Đánh giá
stats-col-citizenName = Tên người gửi
stats-col-phone = Số điện thoại
stats-col-locationText = Địa điểm
stats-col-latitude = Vĩ độ
stats-col-longitude = Kinh độ
stats-col-summary = Nội dung
stats-col-ratingComment = Ý kiến đánh giá

## Values
stats-kind-tip = Tin báo, tố giác
stats-kind-question = Hỏi thủ tục
stats-kind-feedback = Phản ánh, kiến nghị
stats-status-new = Mới
stats-status-in_progress = Đang xử lý
stats-status-waiting_citizen = Chờ người dân
stats-status-resolved = Đã giải quyết
stats-status-closed = Đã đóng
stats-status-rejected = Từ chối
stats-timeliness-early = Trước hạn
stats-timeliness-on_time = Đúng hạn
stats-timeliness-late = Trễ hạn
stats-timeliness-pending = Đang giải quyết
stats-timeliness-not_resolved = Không giải quyết

## Sheets
stats-sheet-tickets = Hồ sơ
stats-sheet-kpis = Chỉ tiêu
stats-sheet-units = Đơn vị
stats-sheet-categories = Lĩnh vực
stats-sheet-wards = Địa bàn
stats-sheet-channels = Kênh
stats-sheet-trend = Diễn biến
stats-sheet-heat = Nhiệt độ địa bàn

## Exports
stats-export-title = Xuất dữ liệu
stats-export-tickets-csv = Danh sách hồ sơ (CSV)
stats-export-tickets-xlsx = Danh sách hồ sơ (Excel)
stats-export-dashboard-xlsx = Số liệu thống kê (Excel)
stats-export-report-html = Báo cáo để in
stats-export-report-pdf = Báo cáo PDF
stats-export-personal = Kèm thông tin cá nhân (tên, số điện thoại, nội dung) — chỉ khi cần, mọi lần xuất đều được ghi nhật ký
stats-export-personal-forbidden = Bạn không có quyền xuất thông tin cá nhân.
stats-export-audited = Mọi lần xuất dữ liệu đều được ghi vào nhật ký kiểm tra.
stats-print = In báo cáo

## Periodic report
stats-report-nation = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
stats-report-motto = Độc lập - Tự do - Hạnh phúc
stats-report-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
stats-report-title = KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT Ý KIẾN CỦA NHÂN DÂN
stats-report-period = (Từ ngày { $from } đến ngày { $to })
stats-report-section-summary = I. KẾT QUẢ CHUNG
stats-report-section-units = II. KẾT QUẢ THEO ĐƠN VỊ
stats-report-section-categories = III. KẾT QUẢ THEO LĨNH VỰC
stats-report-section-channels = IV. KẾT QUẢ THEO KÊNH TIẾP NHẬN
stats-report-section-wards = V. KẾT QUẢ THEO ĐỊA BÀN
stats-report-received = Trong kỳ, đã tiếp nhận { $received } hồ sơ (ý kiến, phản ánh, tin báo) của Nhân dân qua Telegram ({ $telegram }) và Zalo ({ $zalo }); trong đó { $anonymous } hồ sơ ẩn danh.
stats-report-resolved = Đã giải quyết { $resolved } hồ sơ ({ $share }): trước hạn { $early }, đúng thời hạn { $onTime }, trễ hạn { $late }; đang giải quyết { $pending } (trong đó quá hạn { $pendingOverdue }); từ chối { $rejected }.
stats-report-speed = Thời gian phản hồi lần đầu (trung vị) { $firstResponse }; thời gian giải quyết (trung vị) { $resolution }; tỷ lệ giải quyết đúng hạn { $onTimeRate }.
stats-report-satisfaction = Mức độ hài lòng bình quân { $average }/5 trên { $count } lượt đánh giá; { $satisfied } hài lòng hoặc rất hài lòng.
stats-report-no-ratings = Chưa có lượt đánh giá mức độ hài lòng trong kỳ.
stats-report-compare = So với kỳ trước: tiếp nhận { $received }; giải quyết { $resolved }; tỷ lệ đúng hạn { $onTimeRate }.
stats-report-now = Tại thời điểm báo cáo còn { $open } hồ sơ đang giải quyết, trong đó { $overdue } hồ sơ quá hạn.
stats-report-units-note = Các đơn vị được xếp hạng theo tỷ lệ giải quyết đúng hạn (gồm trước hạn và đúng hạn).
stats-report-signature = THỦ TRƯỞNG ĐƠN VỊ
stats-report-generated = Báo cáo lập tự động từ hệ thống LangNghe lúc { $at }.

## Public transparency page
stats-public-title = Công khai kết quả tiếp nhận, giải quyết ý kiến của Nhân dân
stats-public-summary = Đã tiếp nhận { $received } ý kiến, phản ánh, câu hỏi của Nhân dân; giải quyết { $resolved }; tỷ lệ giải quyết đúng hạn { $onTimeRate }; mức độ hài lòng bình quân { $satisfaction }/5.
stats-public-other-units = Các đơn vị khác ({ $count } đơn vị, ít hồ sơ)
stats-public-note = Số liệu tổng hợp, không chứa thông tin cá nhân. Tin báo tội phạm không được công khai.

## Feedback campaigns
stats-campaigns-title = Lấy ý kiến Nhân dân
stats-campaigns-open = Các đợt lấy ý kiến
stats-campaign-new = Mở đợt lấy ý kiến mới
stats-campaign-title = Tên đợt
stats-campaign-question = Câu hỏi gửi người dân
stats-campaign-create = Tạo đợt (chưa gửi)
stats-campaign-broadcast = Gửi cho người dân
stats-campaign-recipients = Người nhận
stats-campaign-answers = Ý kiến trả lời
stats-campaign-answer-rate = Tỷ lệ trả lời
stats-campaign-status-draft = Nháp
stats-campaign-status-sent = Đã gửi
stats-campaign-status-closed = Đã kết thúc
stats-campaign-see-tickets = Xem các hồ sơ góp ý trong hàng đợi
done-campaign-created = Đã tạo đợt lấy ý kiến.
done-campaign-sent = Đã xếp lịch gửi câu hỏi cho người dân đồng ý nhận tin.

## Settings: deadlines, working calendar, transparency (admin/pages/settings-pages.tsx)

nav-settings = Cài đặt
settings-title = Cài đặt thời hạn và công khai
settings-sla = Nhắc hạn, báo cáo vượt cấp và tự đóng hồ sơ
settings-sla-categories-hint = Thời hạn phản hồi đầu và thời hạn giải quyết (ngày làm việc hay ngày lịch) đặt riêng cho từng lĩnh vực tại trang
settings-escalationDelayHours = Báo cáo lên cấp trên sau khi quá hạn (giờ)
settings-escalationDelayHours-hint = Từ 1 đến 1440 giờ; mỗi cấp tiếp theo cũng cách nhau chừng ấy giờ.
settings-maxEscalationLevels = Số cấp báo cáo vượt cấp tối đa
settings-maxEscalationLevels-hint = Từ 0 (không báo vượt cấp) đến 10.
settings-autoCloseDays = Tự đóng hồ sơ đã giải quyết mà người dân không đánh giá sau (ngày)
settings-autoCloseDays-hint = Từ 0 (không tự đóng) đến 365 ngày.
settings-calendar = Lịch làm việc
settings-workingWeekdays = Các ngày làm việc trong tuần
settings-holidays-hint = Ngày nghỉ lễ, Tết không tính vào thời hạn; quản lý tại trang
settings-weekday-1 = Thứ Hai
settings-weekday-2 = Thứ Ba
settings-weekday-3 = Thứ Tư
settings-weekday-4 = Thứ Năm
settings-weekday-5 = Thứ Sáu
settings-weekday-6 = Thứ Bảy
settings-weekday-0 = Chủ Nhật
settings-transparency = Trang công khai
settings-transparencyEnabled = Bật trang công khai số liệu (chỉ số liệu tổng hợp, không có thông tin cá nhân)
settings-transparencyIncludeTips = Tính cả tin báo tội phạm vào số liệu công khai
settings-transparency-hint = Mặc định trang công khai đang tắt. Địa chỉ trang:
settings-invalid = Một số thông tin chưa hợp lệ, xin vui lòng kiểm tra lại các ô được đánh dấu bên dưới.
settings-error-escalationDelayHours = Xin vui lòng nhập một số giờ nguyên, từ 1 đến 1440.
settings-error-maxEscalationLevels = Xin vui lòng nhập một số nguyên từ 0 đến 10.
settings-error-autoCloseDays = Xin vui lòng nhập một số ngày nguyên, từ 0 đến 365.
settings-error-workingWeekdays = Xin vui lòng chọn ít nhất một ngày làm việc trong tuần.
settings-error-transparencyEnabled = Giá trị không hợp lệ.
settings-error-transparencyIncludeTips = Giá trị không hợp lệ.
done-unchanged = Không có thay đổi nào để lưu.

## Unread notices badge in the menu

notice-unread = { $count } thông báo chưa đọc

## Messages to a unit's Telegram group (core/sla/reminder-text.ts); { $unit } is the unit code

group-first-response = ⏰ Hồ sơ { $code } ({ $unit }) chưa được trả lời lần đầu trong thời hạn.
group-due-50 = ⏰ Hồ sơ { $code } ({ $unit }) đã dùng 50% thời gian giải quyết; hạn giải quyết { $due }.
group-due-80 = ⚠️ Hồ sơ { $code } ({ $unit }) đã dùng 80% thời gian giải quyết; hạn giải quyết { $due }.
group-overdue = 🔴 Hồ sơ { $code } ({ $unit }) đã QUÁ HẠN (hạn giải quyết { $due }). Đề nghị lãnh đạo đơn vị chỉ đạo xử lý.
group-escalated = 🔴 Hồ sơ { $code } ({ $unit }) quá hạn chưa giải quyết, báo cáo lên cấp trên (mức { $level }); hạn giải quyết { $due }.
group-assignee = Cán bộ thụ lý: { $name }.
group-unassigned = Chưa phân công cán bộ thụ lý.
group-summary = Nội dung: { $summary }
group-new-ticket = 🆕 Hồ sơ mới { $code } ({ $unit }): { $category }; hạn giải quyết { $due }.
group-new-urgent-ticket = 🚨 KHẨN — Hồ sơ mới { $code } ({ $unit }): { $category }; hạn giải quyết { $due }.
group-reply-hint = Trả lời tin nhắn này để gửi câu trả lời cho người dân.
group-low-rating = ⚠️ Hồ sơ { $code } ({ $unit }): người dân đánh giá { $rating }/5. Đề nghị lãnh đạo đơn vị xem xét, liên hệ lại hoặc mở lại hồ sơ.
group-not-resolved = ⚠️ Hồ sơ { $code } ({ $unit }): người dân cho biết vấn đề CHƯA được giải quyết. Đề nghị lãnh đạo đơn vị xem xét, liên hệ lại hoặc mở lại hồ sơ.

## Settings: language of a unit's Telegram group posts

settings-group-languages = Ngôn ngữ tin nhắn gửi nhóm Telegram của đơn vị
settings-group-languages-hint = Nhắc hạn, báo cáo vượt cấp, thông báo hồ sơ mới và đánh giá thấp được gửi vào nhóm Telegram đã liên kết của đơn vị bằng ngôn ngữ chọn ở đây (mặc định tiếng Việt).
settings-group-not-linked = chưa liên kết nhóm
settings-language-vi = Tiếng Việt
settings-language-en = Tiếng Anh
field-groupLanguage = ngôn ngữ nhóm Telegram
