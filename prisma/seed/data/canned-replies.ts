import type { SeedCannedReply } from "./types.ts";

/**
 * Ready-made answers officers insert and then adapt. They are addressed to the citizen
 * ("bạn") in plain Vietnamese and never promise an outcome the police cannot guarantee.
 */
export const defaultCannedReplies: SeedCannedReply[] = [
  {
    key: "received_forwarded",
    titleVi: "Đã tiếp nhận, chuyển đơn vị xử lý",
    bodyVi:
      "Công an tỉnh đã tiếp nhận thông tin của bạn và chuyển đến đơn vị có thẩm quyền để kiểm tra, xử lý. Khi có kết quả hoặc cần thêm thông tin, cán bộ sẽ nhắn lại cho bạn qua kênh này. Cảm ơn bạn đã phối hợp với lực lượng Công an.",
  },
  {
    key: "need_more_info",
    titleVi: "Đề nghị bổ sung thông tin",
    bodyVi:
      "Để kiểm tra, xử lý được, đề nghị bạn cung cấp thêm: địa điểm cụ thể (thôn, tổ, số nhà hoặc mốc dễ nhận biết), thời gian xảy ra, đặc điểm người hoặc phương tiện liên quan, và ảnh, video nếu có. Bạn chỉ cần trả lời trực tiếp vào tin nhắn này.",
  },
  {
    key: "come_to_station",
    titleVi: "Mời đến trụ sở làm việc",
    bodyVi:
      "Nội dung bạn nêu cần được làm việc trực tiếp. Đề nghị bạn mang theo thẻ căn cước và các giấy tờ, tài liệu liên quan đến trụ sở Công an xã, phường nơi gần nhất trong giờ hành chính (kể cả sáng thứ Bảy) để được hướng dẫn, lập biên bản tiếp nhận. Khi đến, bạn hãy đọc mã phản ánh này cho cán bộ tiếp nhận.",
  },
  {
    key: "out_of_scope_referral",
    titleVi: "Không thuộc thẩm quyền, hướng dẫn nơi giải quyết",
    bodyVi:
      "Nội dung bạn hỏi không thuộc thẩm quyền giải quyết của cơ quan Công an. Bạn vui lòng liên hệ Ủy ban nhân dân xã, phường nơi cư trú hoặc cơ quan chuyên môn phụ trách lĩnh vực này; nhiều thủ tục có thể nộp trực tuyến trên Cổng dịch vụ công quốc gia (dichvucong.gov.vn). Nếu cần hỗ trợ thêm, bạn cứ nhắn lại.",
  },
  {
    key: "procedure_online",
    titleVi: "Hướng dẫn làm thủ tục trực tuyến",
    bodyVi:
      "Thủ tục này bạn có thể làm trực tuyến trên ứng dụng VNeID (tài khoản định danh điện tử mức độ 2) hoặc trên Cổng dịch vụ công Bộ Công an (dichvucong.bocongan.gov.vn), không cần đến trụ sở. Nếu gặp lỗi khi nộp, bạn chụp màn hình thông báo lỗi và gửi lại đây để cán bộ hỗ trợ.",
  },
  {
    key: "emergency_call_113",
    titleVi: "Việc khẩn cấp: gọi 113, 114, 115",
    bodyVi:
      "Nếu sự việc đang diễn ra và có nguy hiểm đến tính mạng, tài sản, bạn hãy gọi ngay 113 (Công an), 114 (cháy, cứu nạn, cứu hộ) hoặc 115 (cấp cứu). Kênh nhắn tin này không thay thế các số khẩn cấp. Thông tin bạn gửi đã được chuyển cho trực ban Công an tỉnh.",
  },
  {
    key: "anonymous_tip_ack",
    titleVi: "Cảm ơn tin báo ẩn danh",
    bodyVi:
      "Cảm ơn bạn đã cung cấp thông tin. Danh tính người báo tin được giữ bí mật theo quy định của pháp luật. Vì bạn chọn báo ẩn danh, cơ quan Công an có thể không thông báo chi tiết kết quả xử lý; nếu có thêm thông tin mới, bạn có thể nhắn tiếp vào cuộc trò chuyện này.",
  },
  {
    key: "denunciation_needs_written_form",
    titleVi: "Tố cáo cần làm bằng văn bản",
    bodyVi:
      "Theo Luật Tố cáo, để được giải quyết theo thủ tục tố cáo, bạn cần gửi đơn có ghi rõ họ tên, địa chỉ, nội dung tố cáo và chứng cứ (nếu có), hoặc trình bày trực tiếp tại Thanh tra Công an tỉnh. Thông tin bạn gửi qua kênh này vẫn được ghi nhận để kiểm tra. Danh tính người tố cáo được giữ bí mật.",
  },
  {
    key: "waiting_citizen_reminder",
    titleVi: "Nhắc bổ sung thông tin",
    bodyVi:
      "Cán bộ vẫn đang chờ thông tin bổ sung từ bạn để tiếp tục xử lý. Nếu sau 7 ngày chưa nhận được phản hồi, phản ánh sẽ được đóng; bạn vẫn có thể gửi lại bất cứ lúc nào.",
  },
  {
    key: "resolved_thanks",
    titleVi: "Đã giải quyết, cảm ơn",
    bodyVi:
      "Nội dung phản ánh của bạn đã được giải quyết. Cảm ơn bạn đã tin tưởng và đồng hành cùng lực lượng Công an. Bạn vui lòng dành ít giây đánh giá mức độ hài lòng (từ 1 đến 5 sao) để chúng tôi phục vụ tốt hơn.",
  },
  {
    key: "duplicate_merged",
    titleVi: "Trùng nội dung đã gửi",
    bodyVi:
      "Nội dung này trùng với phản ánh bạn (hoặc người khác) đã gửi trước đó và đang được xử lý. Chúng tôi đã gộp thông tin để theo dõi chung; kết quả sẽ được thông báo qua phản ánh gốc.",
  },
  {
    key: "rejected_not_verifiable",
    titleVi: "Không đủ cơ sở xử lý",
    bodyVi:
      "Sau khi kiểm tra, thông tin bạn cung cấp chưa đủ cơ sở để xác minh, xử lý (thiếu địa điểm, thời gian hoặc nội dung cụ thể). Nếu có thêm thông tin, bạn có thể gửi phản ánh mới để cơ quan Công an xem xét lại.",
  },
];
