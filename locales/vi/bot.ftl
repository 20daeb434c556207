## Bot: start, privacy and menu
bot-welcome = Xin chào { $name }! Đây là kênh tiếp nhận tin báo, câu hỏi và góp ý của Công an tỉnh.
bot-privacy-notice =
    🔒 Thông báo về dữ liệu cá nhân
    • Chúng tôi lưu nội dung bạn gửi (chữ, ảnh, tệp, vị trí) và số điện thoại nếu bạn cung cấp, để xử lý và trả lời bạn.
    • Mã tài khoản Telegram/Zalo, tên và số điện thoại của bạn được mã hóa; chỉ dùng để gửi câu trả lời.
    • Tin báo ẩn danh: cán bộ không biết ai đã gửi.
    • Dữ liệu lưu trên máy chủ của Công an tỉnh, giữ trong thời hạn lưu hồ sơ (2–5 năm tùy loại phiếu).
    • Bạn có thể xóa thông tin cá nhân bất cứ lúc nào bằng lệnh /xoadulieu.
    Chọn “Đồng ý” để tiếp tục.
bot-consent-agree = ✅ Đồng ý
bot-consent-required = Bạn cần đồng ý với thông báo về dữ liệu cá nhân (chọn “Đồng ý”) trước khi gửi thông tin.
bot-consent-thanks = Cảm ơn bạn.
bot-menu-prompt = Bạn muốn làm gì? Bạn cũng có thể viết thẳng nội dung cần báo hoặc cần hỏi.
bot-menu-tip = 🚨 Báo tin, tố giác
bot-menu-question = ❓ Hỏi thủ tục
bot-menu-feedback = 💬 Góp ý, phản ánh
bot-menu-tickets = 📋 Tra cứu phiếu
bot-menu-language = 🌐 English
bot-button-menu = ☰ Menu

## Bot: emergencies
bot-emergency =
    ⚠️ NẾU ĐANG NGUY HIỂM, HÃY GỌI NGAY:
    { $hotlines }
    Tin nhắn qua đây không thay thế cuộc gọi khẩn cấp.
bot-hotline-113 = 📞 113 – Cảnh sát
bot-hotline-114 = 📞 114 – Cứu hỏa, cứu nạn
bot-hotline-115 = 📞 115 – Cấp cứu y tế
bot-emergency-recorded = Chúng tôi đã ghi nhận tin báo khẩn { $code } và chuyển ngay cho lực lượng trực ban. Nếu an toàn, hãy gửi vị trí, ảnh hoặc thêm chi tiết — mọi tin nhắn tiếp theo sẽ được thêm vào phiếu này.

## Bot: tip
bot-tip-hotline-reminder = ☎️ Nếu sự việc đang xảy ra hoặc có người gặp nguy hiểm, hãy gọi ngay 113 (Công an), 114 (Cứu hỏa, cứu nạn) hoặc 115 (Cấp cứu) trước.
bot-tip-ask-description = Hãy mô tả sự việc: việc gì, ở đâu, khi nào, ai liên quan. Viết càng rõ càng tốt.
bot-tip-ask-media = Bạn có ảnh, video, ghi âm hoặc tài liệu làm bằng chứng không? Gửi bao nhiêu cũng được, xong thì chọn “Tiếp tục”.
bot-tip-media-received = Đã nhận { $count } tệp. Gửi thêm hoặc chọn “Tiếp tục”.
bot-tip-text-added = Đã thêm vào nội dung tin báo. Gửi thêm hoặc chọn “Tiếp tục”.
bot-tip-ask-place = Sự việc xảy ra ở đâu? Gửi vị trí, gõ địa chỉ, hoặc chọn xã/phường.
bot-tip-ask-address = Hãy gõ địa chỉ (số nhà, thôn/xóm, xã/phường).
bot-tip-place-recorded = Đã ghi nhận địa điểm: { $place }.
bot-tip-ask-ward = Chọn xã/phường nơi xảy ra sự việc:
bot-tip-ask-ward-candidates = Địa chỉ thuộc xã/phường nào?
bot-tip-ask-anonymous = Bạn muốn gửi ẩn danh không? Ẩn danh: cán bộ không biết ai gửi, nhưng bạn vẫn nhận được trả lời tại đây.
bot-tip-ask-phone = Để cán bộ liên hệ khi cần, bạn có thể để lại số điện thoại (không bắt buộc).
bot-tip-phone-invalid = Số điện thoại chưa đúng. Hãy gõ lại (ví dụ 0912 345 678) hoặc chọn “Bỏ qua”.
bot-tip-phone-saved = Đã lưu số điện thoại (được mã hóa).
bot-tip-summary =
    📝 Kiểm tra lại tin báo:
    • Loại: { $category }
    • Nội dung: { $text }
    • Tệp đính kèm: { $files }
    • Địa điểm: { $place }
    • Ẩn danh: { $anonymous }
    • Số điện thoại: { $phone }
    Chọn “Gửi” để gửi tin báo.
bot-tip-created =
    ✅ Đã tiếp nhận tin báo. Mã phiếu: { $code }
    Đơn vị xử lý: { $unit }
    Hạn trả lời: { $due }
    Bạn sẽ nhận câu trả lời ngay trong cuộc trò chuyện này. Tra cứu: /tracuu { $code }
bot-none = không có
bot-yes = có
bot-no = không

## Bot: question
bot-question-ask = Bạn cần hỏi thủ tục gì? Hãy viết câu hỏi.
bot-question-faq-answer =
    💡 { $question }
    { $answer }
bot-question-faq-source = Nguồn: { $source }
bot-question-faq-prompt = Câu trả lời này đã giúp được bạn chưa?
bot-question-thanks = Cảm ơn bạn! Nếu cần thêm, cứ viết cho chúng tôi.
bot-question-created =
    ✅ Đã chuyển câu hỏi cho cán bộ. Mã phiếu: { $code }
    Hạn trả lời: { $due }
    Bạn sẽ nhận câu trả lời ngay trong cuộc trò chuyện này.

## Bot: feedback
bot-feedback-ask-type = Bạn muốn góp ý hay phản ánh về việc gì?
bot-feedback-type-suggestion = 💡 Góp ý, đề xuất
bot-feedback-type-service = 🏢 Thái độ phục vụ, thủ tục
bot-feedback-type-officer_conduct = 👮 Hành vi của cán bộ
bot-feedback-type-complaint = 📣 Khiếu nại, phản ánh
bot-feedback-type-praise = 🌟 Khen ngợi
bot-feedback-ask-text = Hãy viết nội dung góp ý, phản ánh của bạn.
bot-feedback-ask-details = Nếu có, hãy gõ thêm đơn vị, địa điểm, thời gian liên quan trong một tin nhắn. Hoặc chọn “Bỏ qua”.
bot-feedback-created =
    ✅ Đã tiếp nhận góp ý, phản ánh. Mã phiếu: { $code }
    Hạn trả lời: { $due }
    Cảm ơn bạn đã đóng góp.

## Bot: follow-up
bot-followup-added = Đã thêm vào phiếu { $code }. Cán bộ sẽ xem và trả lời.
bot-followup-choose = Bạn có nhiều phiếu đang xử lý. Tin nhắn này bổ sung cho phiếu nào?
bot-button-new-matter = 🆕 Việc mới
bot-button-close-ticket = ✔️ Đóng phiếu { $code }
bot-close-confirm = Đóng phiếu { $code }? Sau khi đóng, cán bộ sẽ không xử lý tiếp.
bot-button-yes-close = Đóng phiếu
bot-close-done = Đã đóng phiếu { $code }.
bot-close-not-allowed = Phiếu { $code } đã kết thúc, không thể đóng nữa.

## Bot: tracking
bot-tickets-none = Bạn chưa có phiếu nào.
bot-tickets-header = Phiếu của bạn:
bot-ticket-line = { $code } · { $kind } · { $status } · { $date }
bot-ticket-detail =
    📋 Phiếu { $code }
    Loại: { $kind } – { $category }
    Trạng thái: { $status }
    Ngày gửi: { $date }
    Hạn trả lời: { $due }
bot-track-usage = Gõ mã phiếu, ví dụ: /tracuu TG-26-000123
bot-track-not-found = Không tìm thấy phiếu { $code } trong các phiếu của bạn.
bot-kind-tip = Tin báo
bot-kind-question = Câu hỏi
bot-kind-feedback = Góp ý
bot-status-new = Mới tiếp nhận
bot-status-in_progress = Đang xử lý
bot-status-waiting_citizen = Chờ bạn bổ sung
bot-status-resolved = Đã giải quyết
bot-status-closed = Đã đóng
bot-status-rejected = Không thụ lý
bot-button-view-ticket = 🔎 { $code }
bot-button-rate-ticket = ⭐ Đánh giá { $code }

## Bot: rating
bot-rate-prompt = Bạn đánh giá việc giải quyết phiếu { $code } thế nào? (1 = rất không hài lòng, 5 = rất hài lòng)
bot-rate-ask-comment = Cảm ơn bạn đã chấm { $rating }/5. Bạn có muốn viết thêm nhận xét không?
bot-button-no-comment = Không, cảm ơn
bot-rate-done = Cảm ơn đánh giá của bạn!
bot-rate-not-allowed = Phiếu { $code } chưa được giải quyết nên chưa thể đánh giá.

## Bot: language, privacy, erase, cancel
bot-language-prompt = Chọn ngôn ngữ / Choose a language:
bot-language-set = Đã chuyển sang tiếng Việt.
bot-erase-confirm = Xóa thông tin cá nhân của bạn (tên, số điện thoại, lịch sử hội thoại)? Các phiếu đã gửi vẫn được lưu theo quy định nhưng không còn gắn với tên, số điện thoại của bạn.
bot-button-erase = 🗑 Xóa dữ liệu
bot-button-keep = Giữ lại
bot-erase-done = Đã xóa thông tin cá nhân của bạn. Nếu bạn nhắn tin lại, chúng tôi sẽ coi như lần đầu.
bot-erase-kept = Đã giữ nguyên dữ liệu của bạn.
bot-cancel-confirm = Bạn đang điền dở. Bỏ nội dung đã nhập?
bot-button-discard = Bỏ
bot-button-continue = Tiếp tục điền
bot-cancel-done = Đã hủy.
bot-continue = Tiếp tục nhé.

## Bot: buttons and odd input
bot-button-next = ➡️ Tiếp tục
bot-button-skip = Bỏ qua
bot-button-send = ✅ Gửi
bot-button-cancel = ✖️ Hủy
bot-button-share-location = 📍 Gửi vị trí
bot-button-type-address = ✍️ Gõ địa chỉ
bot-button-choose-ward = 🏘 Chọn xã/phường
bot-button-more = Xem thêm…
bot-button-unknown = Không rõ
bot-button-anonymous = 🕶 Ẩn danh
bot-button-named = 🙋 Để lại thông tin
bot-button-share-phone = 📱 Gửi số điện thoại
bot-button-faq-helpful = 👍 Đã rõ, cảm ơn
bot-button-faq-need-officer = 👮 Cần cán bộ trả lời
bot-button-type-tip = 🚨 Đây là tin báo
bot-button-type-question = ❓ Đây là câu hỏi
bot-button-type-feedback = 💬 Đây là góp ý
bot-classify-ask = Nội dung này là tin báo, câu hỏi hay góp ý?
bot-unsupported = Xin lỗi, chúng tôi chưa xử lý được loại tin nhắn này. Hãy gửi chữ, ảnh, video, ghi âm, tài liệu hoặc vị trí.
bot-edit-ignored = Tin nhắn đã sửa không được cập nhật. Nếu cần đính chính, hãy gửi một tin nhắn mới.
bot-stale-button = Nút này không còn hiệu lực.
bot-expected-choice = Hãy chọn một trong các nút bên dưới.
bot-error = Xin lỗi, đã có lỗi. Tin nhắn của bạn đã được lưu, chúng tôi sẽ xử lý lại.
bot-too-fast = Bạn gửi quá nhanh. Hãy chờ một chút rồi gửi tiếp.
bot-forwarded-prefix = [Tin chuyển tiếp]

## Bot: command descriptions
bot-command-start = Bắt đầu
bot-command-menu = Menu chính
bot-command-huy = Hủy thao tác đang làm
bot-command-tracuu = Tra cứu phiếu theo mã
bot-command-phieu = Các phiếu của tôi
bot-command-ngonngu = Đổi ngôn ngữ
bot-command-riengtu = Thông báo về dữ liệu cá nhân
bot-command-xoadulieu = Xóa dữ liệu cá nhân của tôi

## Bot: staff group
bot-group-reply-sent = ✅ Đã gửi trả lời của đồng chí cho người dân (hồ sơ { $code }).
bot-group-reply-not_linked = Tài khoản Telegram này chưa được liên kết với tài khoản cán bộ nào trên hệ thống, nên chưa gửi được trả lời. Đề nghị quản trị viên liên kết trong trang Người dùng.
bot-group-reply-not_found = Đồng chí không có quyền trả lời hồ sơ { $code }, hoặc hồ sơ không tồn tại.
bot-group-reply-rejected = Chưa gửi được trả lời cho hồ sơ { $code } (hồ sơ đã đóng hoặc người dân đã xóa dữ liệu). Đề nghị xử lý trên trang quản trị.
