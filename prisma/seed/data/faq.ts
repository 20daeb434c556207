import type { SeedFaq } from "./types.ts";

/**
 * Procedures FAQ offered by the bots before a question becomes a ticket.
 *
 * Facts come from /work/shared/notes/procedures.md (checked 2026-11). Where that note marks a
 * figure as unconfirmed, the answer says less and points to the official portal instead of
 * stating it. Source links are official portals only; news sites are never cited here.
 */

const PORTAL_NATIONAL = "https://dichvucong.gov.vn";
const PORTAL_MPS = "https://dichvucong.bocongan.gov.vn";
const VNEID = "https://vneid.gov.vn";

const IDENTITY_LAW =
  "Luật Căn cước số 26/2023/QH15; Nghị định 70/2024/NĐ-CP, sửa đổi bởi Nghị định 58/2026/NĐ-CP; Thông tư 17/2024/TT-BCA, sửa đổi bởi Thông tư 53/2025/TT-BCA";
const RESIDENCE_LAW =
  "Luật Cư trú số 68/2020/QH14; Thông tư 55/2021/TT-BCA và 56/2021/TT-BCA, sửa đổi bởi Thông tư 66/2023/TT-BCA và 53/2025/TT-BCA; Thông tư 75/2022/TT-BTC (lệ phí)";
const PASSPORT_LAW =
  "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam số 49/2019/QH14, sửa đổi bởi Luật 23/2023/QH15; Thông tư 31/2023/TT-BCA; Thông tư 25/2021/TT-BTC (lệ phí)";
const VEHICLE_LAW =
  "Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15; Thông tư 79/2024/TT-BCA, sửa đổi bởi Thông tư 13/2025/TT-BCA và 51/2025/TT-BCA; Thông tư 60/2023/TT-BTC (lệ phí)";
const FIRE_LAW =
  "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15; Nghị định 105/2025/NĐ-CP; Thông tư 36/2025/TT-BCA";

export const demoFaq: SeedFaq[] = [
  // ─── Căn cước and electronic identification ───────────────────────────────────────────
  {
    slug: "can-cuoc-cap-lan-dau",
    categoryCode: "question.identity",
    questionVi: "Làm thẻ căn cước lần đầu cần giấy tờ gì, làm ở đâu?",
    answerVi:
      "Công dân từ đủ 14 tuổi bắt buộc làm thẻ căn cước. Bạn đến Công an xã, phường được giao tiếp nhận hoặc Phòng PC06 Công an tỉnh. Nếu thông tin của bạn trong Cơ sở dữ liệu quốc gia về dân cư đã đúng thì thường không phải nộp giấy tờ gì thêm. Cán bộ sẽ chụp ảnh khuôn mặt, thu vân tay và mống mắt, vì vậy bạn phải có mặt trực tiếp. Bạn có thể đặt lịch trước trên ứng dụng VNeID hoặc Cổng dịch vụ công Bộ Công an để đỡ phải chờ. Cấp thẻ lần đầu không mất lệ phí. Thời hạn giải quyết là 7 ngày làm việc; thẻ có thể nhận tại nơi làm hoặc qua bưu điện. Nếu thông tin dân cư bị sai (họ tên, ngày sinh, quê quán…), cần điều chỉnh dữ liệu trước khi làm thẻ.",
    keywords: ["căn cước", "cccd", "làm căn cước", "làm cccd", "cấp căn cước lần đầu", "thẻ căn cước", "đủ 14 tuổi", "làm thẻ"],
    sourceUrl: PORTAL_MPS,
    legalBasis: `${IDENTITY_LAW}; Điều 26 Luật Căn cước (thời hạn)`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "can-cuoc-cap-doi",
    categoryCode: "question.identity",
    questionVi: "Khi nào phải đổi thẻ căn cước? Thủ tục cấp đổi thế nào?",
    answerVi:
      "Thẻ căn cước phải cấp đổi khi công dân đủ 14, 25, 40 và 60 tuổi; thẻ làm trong vòng 2 năm trước các mốc tuổi này vẫn dùng được đến mốc tiếp theo. Ngoài ra phải đổi khi thay đổi họ tên, ngày sinh, giới tính, đặc điểm nhận dạng; khi thẻ có sai sót; khi xác lập lại số định danh cá nhân. Bạn cũng có thể tự nguyện đổi thẻ, kể cả khi địa chỉ trên thẻ thay đổi do sắp xếp đơn vị hành chính năm 2025 (không bắt buộc). Nơi làm: Công an xã, phường được giao hoặc Phòng PC06; nên đặt lịch trước trên VNeID. Thời hạn 7 ngày làm việc. Lệ phí cấp đổi theo Thông tư 73/2024/TT-BTC là 50.000 đồng và đang được giảm theo chính sách của Bộ Tài chính; mức thu cụ thể hiển thị khi bạn nộp hồ sơ.",
    keywords: ["đổi căn cước", "cấp đổi căn cước", "đổi cccd", "25 tuổi", "40 tuổi", "60 tuổi", "sai thông tin trên thẻ", "đổi thẻ"],
    sourceUrl: PORTAL_MPS,
    legalBasis: `${IDENTITY_LAW}; Điều 21, 24 Luật Căn cước; Thông tư 73/2024/TT-BTC`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "can-cuoc-cap-lai-khi-mat",
    categoryCode: "question.identity",
    questionVi: "Bị mất thẻ căn cước thì làm lại thế nào, có làm online được không?",
    answerVi:
      "Nếu thẻ căn cước (mẫu mới, còn hạn) bị mất hoặc hư hỏng, bạn có thể đề nghị cấp lại trực tuyến trên ứng dụng VNeID (tài khoản mức độ 2) hoặc Cổng dịch vụ công Bộ Công an. Cơ quan công an dùng lại ảnh và vân tay đã thu lần trước, thẻ mới có thể gửi qua bưu điện về địa chỉ bạn chọn. Cách làm trực tuyến này không áp dụng cho thẻ CCCD cũ; trường hợp đó bạn đến Công an xã, phường hoặc Phòng PC06 để làm trực tiếp. Lệ phí cấp lại theo Thông tư 73/2024/TT-BTC là 70.000 đồng, đang được giảm theo chính sách hiện hành; mức cụ thể hiển thị khi nộp. Thời hạn 7 ngày làm việc. Trong lúc chờ thẻ, bạn có thể dùng căn cước điện tử trên VNeID mức độ 2 để làm nhiều thủ tục.",
    keywords: ["mất căn cước", "mất cccd", "làm lại căn cước", "cấp lại căn cước", "hỏng thẻ", "rơi căn cước", "cấp lại online"],
    sourceUrl: VNEID,
    legalBasis: `${IDENTITY_LAW}; Điều 24 khoản 2 Luật Căn cước; Thông tư 73/2024/TT-BTC`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "can-cuoc-le-phi",
    categoryCode: "question.identity",
    questionVi: "Lệ phí làm căn cước là bao nhiêu? Ai được miễn?",
    answerVi:
      "Theo Thông tư 73/2024/TT-BTC: cấp thẻ lần đầu miễn phí; chuyển từ thẻ CCCD sang thẻ căn cước 30.000 đồng; cấp đổi 50.000 đồng; cấp lại khi mất, hỏng 70.000 đồng. Thông tư 64/2025/TT-BTC giảm 50% các mức này trong một thời gian; các nguồn thông tin chưa thống nhất về ngày kết thúc, vì vậy mức thu chính xác tại thời điểm bạn làm sẽ hiển thị trên VNeID hoặc Cổng dịch vụ công trước khi thanh toán, hoặc do cán bộ tiếp nhận thông báo. Được miễn lệ phí gồm: trẻ em, người cao tuổi, người khuyết tật, người có công với cách mạng và thân nhân, người thuộc hộ nghèo, đồng bào dân tộc thiểu số ở xã có điều kiện kinh tế – xã hội đặc biệt khó khăn và một số trường hợp khác theo Thông tư. Nếu thuộc diện miễn, hãy báo với cán bộ khi nộp hồ sơ.",
    keywords: ["lệ phí căn cước", "phí làm cccd", "bao nhiêu tiền", "miễn phí căn cước", "giảm lệ phí", "phí đổi căn cước"],
    sourceUrl: PORTAL_MPS,
    legalBasis: "Thông tư 73/2024/TT-BTC (Điều 4, 5), sửa đổi bởi Thông tư 71/2025/TT-BTC; Thông tư 64/2025/TT-BTC (giảm lệ phí)",
    checkedAt: "2026-11-10",
  },
  {
    slug: "can-cuoc-tre-em-duoi-14",
    categoryCode: "question.identity",
    questionVi: "Làm căn cước cho con dưới 14 tuổi thế nào?",
    answerVi:
      "Trẻ dưới 14 tuổi được cấp thẻ căn cước nếu cha mẹ hoặc người giám hộ có nhu cầu, không bắt buộc. Trẻ dưới 6 tuổi: cha hoặc mẹ làm trực tuyến trên ứng dụng VNeID bằng tài khoản mức độ 2 của mình (mục “Cấp thẻ căn cước cho người dưới 14 tuổi”) hoặc trên Cổng dịch vụ công Bộ Công an; không thu thập ảnh, vân tay và thẻ không có ảnh. Trẻ từ đủ 6 đến dưới 14 tuổi: cha mẹ đưa con đến Công an xã, phường hoặc Phòng PC06 để chụp ảnh, thu vân tay và mống mắt; cả người đại diện và trẻ đều phải có mặt. Cấp lần đầu không mất lệ phí; thời hạn giải quyết 7 ngày làm việc. Thông tin của trẻ phải có trong Cơ sở dữ liệu quốc gia về dân cư, tức là đã đăng ký khai sinh và cư trú.",
    keywords: ["căn cước trẻ em", "căn cước cho con", "dưới 14 tuổi", "dưới 6 tuổi", "làm cccd cho bé", "trẻ em làm căn cước"],
    sourceUrl: VNEID,
    legalBasis: `${IDENTITY_LAW}; Thông tư 16/2024/TT-BCA (mẫu thẻ)`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "giay-to-cu-sau-sap-nhap",
    categoryCode: "question.identity",
    questionVi: "CCCD cũ và giấy tờ ghi địa chỉ trước sáp nhập tỉnh, xã còn dùng được không?",
    answerVi:
      "Thẻ CCCD (mã vạch hoặc gắn chip) còn hạn vẫn có giá trị sử dụng đến hết thời hạn in trên thẻ; bạn không bắt buộc phải đổi sang thẻ căn cước mới. Chứng minh nhân dân 9 số chỉ được dùng đến hết ngày 31/12/2024. Theo Nghị quyết 190/2025/QH15, giấy tờ đã cấp trước khi sắp xếp đơn vị hành chính năm 2025 vẫn còn giá trị cho đến khi hết hạn; không ai bị buộc làm lại giấy tờ chỉ vì tên tỉnh, huyện, xã thay đổi. Nếu muốn cập nhật địa chỉ mới trên thẻ, bạn có thể đề nghị cấp đổi. Từ ngày 15/3/2026, số CMND 9 số cũ được lưu trong chip, mã QR của thẻ và trên VNeID, nên thông thường không cần xin giấy xác nhận số CMND cũ nữa.",
    keywords: ["cccd cũ", "cmnd", "chứng minh thư", "sáp nhập tỉnh", "đổi địa chỉ", "giấy tờ cũ", "xác nhận số cmnd", "địa chỉ mới"],
    sourceUrl: PORTAL_MPS,
    legalBasis: "Nghị quyết 190/2025/QH15; Luật Căn cước số 26/2023/QH15 (Điều 46); Nghị định 58/2026/NĐ-CP",
    checkedAt: "2026-11-10",
  },
  {
    slug: "vneid-muc-do-1",
    categoryCode: "question.identity",
    questionVi: "Đăng ký tài khoản định danh điện tử VNeID mức độ 1 thế nào?",
    answerVi:
      "Tài khoản mức độ 1 bạn tự đăng ký trên điện thoại. Cài ứng dụng VNeID chỉ từ App Store hoặc Google Play, không cài từ đường link người khác gửi. Chọn đăng ký, nhập số định danh cá nhân và số điện thoại chính chủ, dùng điện thoại có NFC để đọc chip trên thẻ căn cước hoặc CCCD (hoặc quét mã QR trên thẻ), chụp ảnh khuôn mặt và xác nhận. Mức độ 1 cho phép dùng một số tiện ích cơ bản. Để dùng căn cước điện tử thay thẻ và làm phần lớn thủ tục trực tuyến (tạm trú, hộ chiếu, lý lịch tư pháp…), bạn cần tài khoản mức độ 2. Lưu ý: cơ quan công an không bao giờ gọi điện yêu cầu bạn cài ứng dụng qua đường link, cung cấp mật khẩu hay đọc mã OTP.",
    keywords: ["vneid", "định danh điện tử", "mức độ 1", "mức 1", "đăng ký vneid", "cài vneid", "tài khoản định danh", "ddcn"],
    sourceUrl: VNEID,
    legalBasis: "Nghị định 69/2024/NĐ-CP về định danh và xác thực điện tử; Luật Căn cước số 26/2023/QH15",
    checkedAt: "2026-11-10",
  },
  {
    slug: "vneid-muc-do-2",
    categoryCode: "question.identity",
    questionVi: "Làm tài khoản VNeID mức độ 2 ở đâu?",
    answerVi:
      "Tài khoản định danh điện tử mức độ 2 thường được tạo cùng lúc khi bạn làm thẻ căn cước, nếu có đăng ký số điện thoại. Nếu chưa có, bạn mang thẻ căn cước hoặc CCCD gắn chip và điện thoại dùng số chính chủ đến Công an xã, phường nơi gần nhất; cán bộ đối chiếu ảnh khuôn mặt, vân tay với cơ sở dữ liệu rồi gửi yêu cầu kích hoạt, sau đó bạn nhận tin nhắn để đăng nhập lần đầu. Mức độ 2 có căn cước điện tử dùng thay thẻ, tích hợp giấy phép lái xe, đăng ký xe, bảo hiểm y tế và nộp được hầu hết thủ tục trên VNeID. Trẻ từ 6 đến dưới 14 tuổi đã có thẻ căn cước được cấp mức độ 2 nếu có yêu cầu; trẻ dưới 6 tuổi chỉ có mức độ 1. Thời gian kích hoạt có thể khác nhau, bạn hãy hỏi cán bộ nơi tiếp nhận.",
    keywords: ["vneid mức 2", "mức độ 2", "kích hoạt vneid", "định danh mức 2", "tài khoản định danh", "căn cước điện tử"],
    sourceUrl: VNEID,
    legalBasis: "Nghị định 69/2024/NĐ-CP về định danh và xác thực điện tử; Luật Căn cước số 26/2023/QH15",
    checkedAt: "2026-11-10",
  },
  {
    slug: "vneid-quen-mat-khau-doi-so-dien-thoai",
    categoryCode: "question.identity",
    questionVi: "Quên mật khẩu VNeID hoặc đã đổi số điện thoại thì làm sao?",
    answerVi:
      "Nếu quên mật khẩu, trên màn hình đăng nhập VNeID chọn “Quên mật khẩu”, nhập số định danh cá nhân và làm theo hướng dẫn xác thực bằng mã OTP gửi về số điện thoại đã đăng ký. Nếu bạn đã đổi số điện thoại, mất SIM hoặc không nhận được mã OTP, hãy mang thẻ căn cước đến Công an xã, phường nơi gần nhất để được hỗ trợ cập nhật. Tuyệt đối không cung cấp mật khẩu, mã OTP cho bất kỳ ai, kể cả người xưng là công an qua điện thoại: cơ quan công an không hỗ trợ tài khoản qua cuộc gọi hay đường link lạ. Nếu nghi tài khoản bị người khác chiếm đoạt, hãy báo ngay cho Công an xã, phường hoặc gửi tin báo qua kênh này.",
    keywords: ["quên mật khẩu vneid", "đổi số điện thoại vneid", "không nhận được otp", "mất sim", "khóa tài khoản vneid", "lấy lại mật khẩu"],
    sourceUrl: VNEID,
    legalBasis: "Nghị định 69/2024/NĐ-CP về định danh và xác thực điện tử",
    checkedAt: "2026-11-10",
  },

  // ─── Residence ─────────────────────────────────────────────────────────────────────────
  {
    slug: "thuong-tru-dang-ky",
    categoryCode: "question.residence",
    questionVi: "Đăng ký thường trú (nhập hộ khẩu) cần những giấy tờ gì?",
    answerVi:
      "Bạn nộp hồ sơ tại Công an xã, phường nơi có chỗ ở mới, hoặc trực tuyến trên Cổng dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an, ứng dụng VNeID. Hồ sơ gồm Tờ khai thay đổi thông tin cư trú (mẫu CT01) và giấy tờ chứng minh chỗ ở hợp pháp, tùy trường hợp. Nhà của mình: giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà hoặc giấy tờ tương đương. Về ở với người thân: ý kiến đồng ý của chủ hộ và chủ nhà ghi trên CT01, kèm giấy tờ chứng minh quan hệ gia đình (không cần nếu quan hệ đã có trong cơ sở dữ liệu). Nhà thuê, mượn, ở nhờ: xem câu hỏi riêng. Lệ phí 20.000 đồng nộp trực tiếp, 10.000 đồng nộp trực tuyến. Thời hạn giải quyết 7 ngày làm việc. Sổ hộ khẩu giấy đã hết giá trị từ ngày 1/1/2023.",
    keywords: ["thường trú", "nhập hộ khẩu", "đăng ký thường trú", "hộ khẩu", "ct01", "chuyển hộ khẩu", "sổ hộ khẩu", "đktt"],
    sourceUrl: PORTAL_NATIONAL,
    legalBasis: `${RESIDENCE_LAW}; Điều 20, 22 Luật Cư trú`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "thuong-tru-nha-thue-o-nho",
    categoryCode: "question.residence",
    questionVi: "Thuê nhà, ở nhờ có đăng ký thường trú được không?",
    answerVi:
      "Được, nếu đáp ứng điều kiện của Luật Cư trú. Hồ sơ gồm tờ khai CT01 có ý kiến đồng ý của chủ nhà (hoặc người cho mượn, cho ở nhờ) và hợp đồng thuê, mượn, ở nhờ hoặc giấy tờ chứng minh việc cho thuê. Chỗ ở phải bảo đảm diện tích sàn tối thiểu bình quân cho mỗi người: mức chung tối thiểu là 8 m²/người, nhưng tỉnh có thể quy định mức cao hơn. Việc hợp đồng có cần công chứng, chứng thực hay không và mức diện tích đang áp dụng tại tỉnh, bạn vui lòng hỏi Công an xã, phường nơi có nhà hoặc xem hướng dẫn thủ tục trên Cổng dịch vụ công trước khi nộp. Lệ phí 20.000 đồng nộp trực tiếp hoặc 10.000 đồng nộp trực tuyến; thời hạn giải quyết 7 ngày làm việc.",
    keywords: ["thường trú nhà thuê", "nhập khẩu nhà thuê", "ở nhờ", "nhà mượn", "8m2", "diện tích tối thiểu", "hợp đồng thuê nhà"],
    sourceUrl: PORTAL_NATIONAL,
    legalBasis: `${RESIDENCE_LAW}; Điều 20 khoản 3 Luật Cư trú`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "tam-tru-dang-ky",
    categoryCode: "question.residence",
    questionVi: "Thuê trọ có phải đăng ký tạm trú không? Thủ tục thế nào?",
    answerVi:
      "Có. Người đến sinh sống từ 30 ngày trở lên tại xã, phường ngoài nơi thường trú (người thuê trọ, sinh viên, công nhân…) phải đăng ký tạm trú. Hồ sơ: tờ khai CT01 có ý kiến đồng ý của chủ nhà hoặc chủ hộ (chủ nhà có VNeID mức độ 2 có thể xác nhận ngay trên ứng dụng) và giấy tờ chứng minh chỗ ở hợp pháp như hợp đồng thuê nhà. Nơi nộp: Công an xã, phường nơi bạn ở; hoặc trực tuyến trên VNeID (mục “Đăng ký tạm trú”, làm cho mình hoặc cho người khác), Cổng dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an. Lệ phí 15.000 đồng nộp trực tiếp, 7.000 đồng nộp trực tuyến. Thời hạn giải quyết 3 ngày làm việc. Tạm trú có thời hạn tối đa 2 năm và được gia hạn nhiều lần. Không đăng ký tạm trú có thể bị xử phạt hành chính.",
    keywords: ["tạm trú", "đăng ký tạm trú", "đktt", "thuê trọ", "nhà trọ", "khai báo tạm trú", "ở trọ", "ct01"],
    sourceUrl: VNEID,
    legalBasis: `${RESIDENCE_LAW}; Điều 27, 28 Luật Cư trú`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "tam-tru-sinh-vien-gia-han",
    categoryCode: "question.residence",
    questionVi: "Sinh viên ở ký túc xá có phải tự đăng ký tạm trú? Gia hạn tạm trú thế nào?",
    answerVi:
      "Ký túc xá, nhà trường, doanh nghiệp có thể đăng ký tạm trú cho sinh viên, người lao động theo danh sách; lệ phí 10.000 đồng/người nộp trực tiếp hoặc 5.000 đồng/người nộp trực tuyến. Bạn nên hỏi ban quản lý ký túc xá xem mình đã có trong danh sách chưa. Nếu ở trọ bên ngoài, bạn tự đăng ký như người thuê nhà. Mỗi lần đăng ký tạm trú có thời hạn tối đa 2 năm. Khi sắp hết hạn mà vẫn tiếp tục ở, bạn làm thủ tục gia hạn trước khi hết hạn; hồ sơ và nơi nộp giống đăng ký tạm trú, có thể làm trên VNeID. Nên nộp trước bao nhiêu ngày, bạn vui lòng xem hướng dẫn trên Cổng dịch vụ công hoặc hỏi Công an xã, phường nơi tạm trú.",
    keywords: ["sinh viên tạm trú", "ký túc xá", "ktx", "gia hạn tạm trú", "hết hạn tạm trú", "tạm trú theo danh sách", "công nhân"],
    sourceUrl: PORTAL_NATIONAL,
    legalBasis: `${RESIDENCE_LAW}; Điều 13 khoản 2 Thông tư 55/2021/TT-BCA`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "thong-bao-luu-tru",
    categoryCode: "question.residence",
    questionVi: "Có khách đến nhà ở lại, nhà nghỉ, homestay phải thông báo lưu trú thế nào?",
    answerVi:
      "Khi có người đến ở dưới 30 ngày tại nơi không phải nơi thường trú, tạm trú của họ, thành viên hộ gia đình hoặc người quản lý cơ sở (khách sạn, nhà nghỉ, homestay, ký túc xá, bệnh viện…) phải thông báo lưu trú với Công an xã, phường. Thời hạn: trước 23 giờ cùng ngày khách đến; khách đến sau 23 giờ thì thông báo trước 8 giờ sáng hôm sau. Nội dung: họ tên, số định danh hoặc số hộ chiếu, lý do lưu trú, thời gian đến và đi. Cách thông báo: trực tiếp, qua số điện thoại hoặc email công an đã công bố, qua Cổng dịch vụ công hoặc VNeID (Thủ tục hành chính → Thông báo lưu trú). Không mất phí. Ông bà, cha mẹ, vợ chồng, con, anh chị em ruột đến ở nhiều lần chỉ cần thông báo một lần. Cơ sở kinh doanh lưu trú không thông báo có thể bị phạt từ 2 đến 4 triệu đồng với 1–3 khách.",
    keywords: ["lưu trú", "thông báo lưu trú", "khai báo lưu trú", "khách ở lại", "nhà nghỉ", "homestay", "khách sạn", "báo khách"],
    sourceUrl: VNEID,
    legalBasis: "Luật Cư trú số 68/2020/QH14 (Điều 30); Thông tư 55/2021/TT-BCA (Điều 15); Nghị định 282/2025/NĐ-CP (xử phạt)",
    checkedAt: "2026-11-10",
  },
  {
    slug: "xac-nhan-thong-tin-cu-tru-ct07",
    categoryCode: "question.residence",
    questionVi: "Xin giấy xác nhận thông tin cư trú (mẫu CT07) ở đâu, mất bao lâu?",
    answerVi:
      "Giấy xác nhận thông tin về cư trú (mẫu CT07) ghi nơi ở hiện tại, các nơi đã cư trú, thời gian và hình thức đăng ký; thường dùng thay sổ hộ khẩu trước đây. Từ 1/1/2024 bạn có thể xin tại bất kỳ Công an xã, phường nào trên cả nước, không phụ thuộc nơi cư trú, hoặc nộp trực tuyến trên VNeID, Cổng dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an; kết quả là văn bản giấy hoặc điện tử. Không mất phí. Thời hạn: 1 ngày làm việc nếu thông tin đã có trong cơ sở dữ liệu, tối đa 3 ngày làm việc nếu cần xác minh. Giấy có giá trị 1 năm, nhưng hết giá trị ngay khi thông tin cư trú của bạn thay đổi. Nhiều thủ tục hiện đã tra cứu trực tiếp dữ liệu dân cư nên không cần giấy này; hãy hỏi nơi yêu cầu trước khi xin.",
    keywords: ["ct07", "xác nhận cư trú", "giấy xác nhận cư trú", "xác nhận thông tin cư trú", "thay sổ hộ khẩu", "giấy tờ chứng minh nơi ở"],
    sourceUrl: "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=273057&open_popup=1",
    legalBasis: "Thông tư 55/2021/TT-BCA (Điều 17), sửa đổi bởi Thông tư 66/2023/TT-BCA; Thông tư 56/2021/TT-BCA (mẫu CT07)",
    checkedAt: "2026-11-10",
  },
  {
    slug: "xoa-dang-ky-thuong-tru",
    categoryCode: "question.residence",
    questionVi: "Chuyển đi nơi khác có phải “cắt khẩu” không? Khi nào bị xóa đăng ký thường trú?",
    answerVi:
      "Theo Luật Cư trú 2020, không còn thủ tục “cắt khẩu” hay giấy chuyển hộ khẩu như trước: khi bạn đăng ký thường trú ở nơi mới, cơ quan đăng ký cư trú cập nhật dữ liệu và nơi thường trú cũ được xóa theo quy định. Một số trường hợp khác bị xóa đăng ký thường trú theo Điều 24 Luật Cư trú, ví dụ: người đã chết hoặc bị Tòa án tuyên bố mất tích, đã chết; vắng mặt liên tục tại nơi thường trú từ 12 tháng trở lên mà không đăng ký tạm trú ở nơi khác (trừ một số trường hợp luật loại trừ); việc đăng ký thường trú bị hủy bỏ vì trái pháp luật. Khi có người thân qua đời hoặc cần làm thủ tục xóa đăng ký, hộ gia đình liên hệ Công an xã, phường nơi thường trú hoặc nộp trên Cổng dịch vụ công, VNeID. Nếu bị xóa đăng ký mà bạn cho rằng không đúng, bạn có quyền khiếu nại.",
    keywords: ["xóa đăng ký thường trú", "cắt khẩu", "xóa hộ khẩu", "chuyển khẩu", "giấy chuyển hộ khẩu", "xóa tạm trú", "người mất"],
    sourceUrl: PORTAL_NATIONAL,
    legalBasis: `${RESIDENCE_LAW}; Điều 24 Luật Cư trú`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "tach-ho",
    categoryCode: "question.residence",
    questionVi: "Muốn tách hộ (tách khẩu) thì làm thế nào?",
    answerVi:
      "Thành viên hộ gia đình có thể tách hộ nếu có năng lực hành vi dân sự đầy đủ và có chỗ ở hợp pháp tại cùng nơi thường trú; điều kiện chi tiết tại Điều 25 Luật Cư trú. Cần có ý kiến đồng ý của chủ hộ (trừ một số trường hợp, như vợ chồng đã ly hôn mà vẫn được ở chung) và của chủ sở hữu chỗ ở nếu người này không phải chủ hộ. Hồ sơ là tờ khai CT01 ghi rõ ý kiến các bên, nộp tại Công an xã, phường nơi cư trú hoặc trực tuyến trên Cổng dịch vụ công, VNeID. Lệ phí 10.000 đồng nộp trực tiếp, 5.000 đồng nộp trực tuyến. Thời hạn giải quyết được ghi trên phiếu hẹn hoặc trên Cổng dịch vụ công. Kết quả được cập nhật vào Cơ sở dữ liệu về cư trú, không cấp sổ hộ khẩu giấy.",
    keywords: ["tách hộ", "tách khẩu", "tách hộ khẩu", "làm chủ hộ", "hộ riêng", "ct01"],
    sourceUrl: PORTAL_NATIONAL,
    legalBasis: `${RESIDENCE_LAW}; Điều 25 Luật Cư trú`,
    checkedAt: "2026-11-10",
  },

  // ─── Passports and foreigners ─────────────────────────────────────────────────────────
  {
    slug: "ho-chieu-cap-lan-dau",
    categoryCode: "question.passport",
    questionVi: "Làm hộ chiếu lần đầu cần gì, làm ở đâu?",
    answerVi:
      "Công dân từ 14 tuổi được cấp hộ chiếu phổ thông có gắn chip hoặc không gắn chip, thời hạn 10 năm, không được gia hạn. Hồ sơ: tờ khai mẫu TK01, ảnh chân dung 4×6 cm nền trắng, thẻ căn cước, hộ chiếu cũ nếu có. Người có thẻ căn cước gắn chip có thể nộp tại Phòng Quản lý xuất nhập cảnh Công an tỉnh ở bất kỳ tỉnh nào thuận tiện, kể cả khi làm lần đầu; một số trường hợp nộp tại Cục Quản lý xuất nhập cảnh. Khi làm hộ chiếu gắn chip lần đầu, bạn được thu thập vân tay và ảnh khuôn mặt nên cần có mặt. Lệ phí cấp mới 200.000 đồng. Thời hạn giải quyết không quá 8 ngày làm việc tại Công an tỉnh. Bạn cũng có thể nộp trực tuyến, xem câu hỏi “Làm hộ chiếu online như thế nào?”.",
    keywords: ["hộ chiếu", "passport", "làm hộ chiếu", "hộ chiếu lần đầu", "hộ chiếu gắn chip", "xuất nhập cảnh", "tk01", "xnc"],
    sourceUrl: PORTAL_MPS,
    legalBasis: `${PASSPORT_LAW}; Thông tư 73/2021/TT-BCA (mẫu hộ chiếu)`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "ho-chieu-truc-tuyen",
    categoryCode: "question.passport",
    questionVi: "Làm hộ chiếu online như thế nào?",
    answerVi:
      "Bạn đăng nhập Cổng dịch vụ công Bộ Công an (dichvucong.bocongan.gov.vn) hoặc Cổng dịch vụ công quốc gia bằng tài khoản VNeID mức độ 2, chọn thủ tục cấp hộ chiếu phổ thông ở trong nước, khai tờ khai điện tử, tải ảnh chân dung nền trắng (dung lượng dưới 2 MB), thanh toán lệ phí trực tuyến và chọn nhận kết quả qua bưu điện. Cha mẹ có thể nộp trực tuyến cho con dưới 14 tuổi. Lệ phí cấp mới theo Thông tư 25/2021/TT-BTC là 200.000 đồng; mức ưu đãi khi nộp trực tuyến từng được áp dụng đến hết năm 2025, mức đang áp dụng sẽ hiển thị khi bạn thanh toán. Thời hạn giải quyết tối đa 8 ngày làm việc tại Công an tỉnh. Ảnh không đạt chuẩn thường khiến hồ sơ bị yêu cầu bổ sung, vì vậy hãy chụp rõ mặt, nhìn thẳng, không đeo kính.",
    keywords: ["hộ chiếu online", "làm hộ chiếu trực tuyến", "passport online", "dịch vụ công hộ chiếu", "nộp hộ chiếu qua mạng", "nhận hộ chiếu qua bưu điện"],
    sourceUrl: PORTAL_MPS,
    legalBasis: `${PASSPORT_LAW}; Thông tư 63/2023/TT-BTC (ưu đãi nộp trực tuyến đến 31/12/2025)`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "ho-chieu-tre-em",
    categoryCode: "question.passport",
    questionVi: "Làm hộ chiếu cho trẻ em dưới 14 tuổi cần gì?",
    answerVi:
      "Trẻ dưới 14 tuổi được cấp hộ chiếu không gắn chip, thời hạn 5 năm. Cha, mẹ hoặc người giám hộ khai tờ khai dành cho trẻ em (mẫu TK01a) và ký thay; kèm ảnh chân dung 4×6 cm nền trắng của trẻ, bản sao giấy khai sinh nếu thông tin của trẻ chưa có trong Cơ sở dữ liệu quốc gia về dân cư, và giấy tờ tùy thân của cha hoặc mẹ. Có thể nộp trực tiếp tại Phòng Quản lý xuất nhập cảnh Công an tỉnh hoặc nộp trực tuyến bằng tài khoản VNeID mức độ 2 của cha mẹ trên Cổng dịch vụ công Bộ Công an, nhận kết quả qua bưu điện. Lệ phí cấp mới 200.000 đồng; thời hạn giải quyết tối đa 8 ngày làm việc.",
    keywords: ["hộ chiếu trẻ em", "hộ chiếu cho con", "dưới 14 tuổi", "passport cho bé", "tk01a", "hộ chiếu em bé"],
    sourceUrl: PORTAL_MPS,
    legalBasis: PASSPORT_LAW,
    checkedAt: "2026-11-10",
  },
  {
    slug: "ho-chieu-bi-mat",
    categoryCode: "question.passport",
    questionVi: "Bị mất hộ chiếu phải làm gì?",
    answerVi:
      "Trong vòng 2 ngày làm việc kể từ khi phát hiện mất, bạn phải trình báo bằng đơn báo mất hộ chiếu (mẫu TK05) với cơ quan quản lý xuất nhập cảnh, Công an xã, phường nơi thuận tiện, đơn vị kiểm soát xuất nhập cảnh tại cửa khẩu hoặc qua Cổng dịch vụ công; nếu mất ở nước ngoài thì báo cơ quan đại diện Việt Nam. Hộ chiếu đã báo mất sẽ bị hủy giá trị, kể cả khi tìm lại được. Sau đó bạn làm thủ tục cấp lại, trực tiếp hoặc trực tuyến như khi làm mới. Lệ phí cấp lại do mất hoặc hư hỏng là 400.000 đồng theo Thông tư 25/2021/TT-BTC; thời hạn giải quyết tối đa 8 ngày làm việc. Nếu hộ chiếu bị lấy cắp, hãy trình báo thêm với công an nơi xảy ra vụ việc.",
    keywords: ["mất hộ chiếu", "báo mất hộ chiếu", "tk05", "làm lại hộ chiếu", "cấp lại hộ chiếu", "hỏng hộ chiếu", "mất passport"],
    sourceUrl: PORTAL_MPS,
    legalBasis: `${PASSPORT_LAW}; Điều 28 Luật 49/2019/QH14 (sửa đổi 2023)`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "khai-bao-tam-tru-nguoi-nuoc-ngoai",
    categoryCode: "question.passport",
    questionVi: "Cho người nước ngoài thuê nhà, ở homestay phải khai báo tạm trú thế nào?",
    answerVi:
      "Cơ sở lưu trú (khách sạn, nhà nghỉ, chủ nhà cho thuê, gia đình có khách người nước ngoài) phải khai báo tạm trú cho người nước ngoài trong vòng 12 giờ kể từ khi khách đến; ở vùng sâu, vùng xa là 24 giờ. Cách nhanh nhất là khai trực tuyến: đăng ký tài khoản trên trang khai báo tạm trú của Phòng Quản lý xuất nhập cảnh Công an tỉnh, hoặc trên Cổng dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an, rồi nhập thông tin từng khách hoặc tải tệp danh sách; hệ thống nhận khai báo 24/7. Cũng có thể khai bằng phiếu khai báo tạm trú (mẫu NA17) nộp cho Công an xã, phường. Không mất phí. Không khai báo đúng hạn có thể bị xử phạt hành chính.",
    keywords: ["khai báo tạm trú người nước ngoài", "khách nước ngoài", "người nước ngoài", "na17", "khách tây", "foreigner", "tạm trú nước ngoài"],
    sourceUrl: PORTAL_NATIONAL,
    legalBasis: "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam số 47/2014/QH13 (Điều 33), sửa đổi bởi Luật 51/2019/QH14 và 23/2023/QH15; Thông tư 53/2016/TT-BCA",
    checkedAt: "2026-11-10",
  },

  // ─── Vehicles and driving licences ────────────────────────────────────────────────────
  {
    slug: "dang-ky-xe-moi",
    categoryCode: "question.vehicle",
    questionVi: "Mua xe máy, ô tô mới thì đăng ký, bấm biển số ở đâu, cần giấy tờ gì?",
    answerVi:
      "Từ năm 2025, bạn đăng ký xe tại Phòng Cảnh sát giao thông (PC08) hoặc Công an xã, phường trong tỉnh; riêng ô tô chỉ đăng ký ở cấp xã nơi được Giám đốc Công an tỉnh giao. Trước khi đến, kê khai giấy khai đăng ký xe trên Cổng dịch vụ công để lấy mã hồ sơ. Mang theo: thẻ căn cước (hoặc VNeID mức độ 2), hóa đơn bán hàng, giấy tờ nguồn gốc xe (phiếu kiểm tra chất lượng xuất xưởng hoặc tờ khai hải quan, phần lớn đã được chuyển điện tử), chứng từ nộp lệ phí trước bạ, và mang xe đến để kiểm tra số khung, số máy. Biển số được cấp ngay khi hồ sơ hợp lệ; giấy chứng nhận đăng ký xe cấp trong tối đa 2 ngày làm việc. Lệ phí theo Thông tư 60/2023/TT-BTC, khác nhau theo loại xe, giá trị xe và khu vực; mức cụ thể hiển thị khi nộp hồ sơ.",
    keywords: ["đăng ký xe", "đkx", "bấm biển", "biển số", "xe mới", "mua xe", "đăng ký xe máy", "đăng ký ô tô", "lệ phí trước bạ"],
    sourceUrl: PORTAL_MPS,
    legalBasis: `${VEHICLE_LAW}; Điều 7 Thông tư 79/2024/TT-BCA (thời hạn)`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "sang-ten-thu-hoi-dang-ky-xe",
    categoryCode: "question.vehicle",
    questionVi: "Mua bán xe cũ thì sang tên, thu hồi đăng ký thế nào?",
    answerVi:
      "Người bán (chủ xe) giữ lại giấy chứng nhận đăng ký xe và biển số, làm thủ tục thu hồi trong 30 ngày kể từ ngày làm giấy tờ chuyển nhượng, tại cơ quan đang quản lý hồ sơ xe hoặc trực tuyến. Hồ sơ thu hồi: giấy khai thu hồi, căn cước, giấy đăng ký xe, biển số và bản cà số khung, số máy. Người mua đăng ký sang tên trong 30 ngày, mang: giấy khai đăng ký xe, căn cước, giấy tờ chuyển nhượng (với cá nhân thường là hợp đồng mua bán có công chứng hoặc chứng thực), chứng từ nộp lệ phí trước bạ và chứng nhận thu hồi. Giấy đăng ký mới cấp trong tối đa 2 ngày làm việc, biển số mới cấp ngay. Không làm thủ tục đúng hạn có thể bị xử phạt. Xe đã qua nhiều đời chủ mà chưa sang tên có thủ tục riêng; hãy hỏi PC08 hoặc Công an xã, phường.",
    keywords: ["sang tên xe", "sang tên xe máy", "mua xe cũ", "bán xe", "thu hồi đăng ký", "rút hồ sơ gốc", "đkx", "xe chính chủ"],
    sourceUrl: PORTAL_MPS,
    legalBasis: `${VEHICLE_LAW}; Nghị định 168/2024/NĐ-CP (xử phạt)`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "bien-so-dinh-danh",
    categoryCode: "question.vehicle",
    questionVi: "Biển số định danh là gì? Bán xe thì biển số đi đâu?",
    answerVi:
      "Từ ngày 15/8/2023, biển số xe được quản lý theo mã định danh cá nhân của chủ xe, không theo chiếc xe. Khi bạn bán, cho, tặng hoặc không dùng xe nữa, bạn giữ lại biển số và làm thủ tục thu hồi; số biển được giữ cho bạn trong 5 năm để cấp lại khi bạn đăng ký chiếc xe khác cùng loại. Chuyển nơi cư trú sang tỉnh khác thì không phải đổi biển. Chỉ biển số trúng đấu giá mới được chuyển nhượng kèm xe. Nếu bạn muốn đổi biển cũ sang biển định danh hoặc cấp lại biển, thời hạn giải quyết tối đa 7 ngày làm việc. Nơi làm: Phòng Cảnh sát giao thông hoặc Công an xã, phường được giao đăng ký xe, hoặc trên Cổng dịch vụ công.",
    keywords: ["biển số định danh", "biển định danh", "giữ biển số", "bán xe giữ biển", "5 năm", "biển số theo người", "đổi biển"],
    sourceUrl: PORTAL_MPS,
    legalBasis: VEHICLE_LAW,
    checkedAt: "2026-11-10",
  },
  {
    slug: "mat-giay-dang-ky-xe",
    categoryCode: "question.vehicle",
    questionVi: "Mất giấy đăng ký xe (cà vẹt) thì làm lại thế nào, mất bao lâu?",
    answerVi:
      "Bạn nộp giấy khai đăng ký xe, ghi rõ lý do mất, kèm thẻ căn cước của chủ xe tại cơ quan đang quản lý hồ sơ xe (Phòng Cảnh sát giao thông hoặc Công an xã, phường đã đăng ký cho xe), hoặc nộp trên Cổng dịch vụ công. Theo Thông tư 79/2024/TT-BCA, cơ quan đăng ký xác minh trong thời hạn tối đa 30 ngày, sau đó cấp lại trong 2 ngày làm việc; mất biển số cũng làm tương tự. Lệ phí theo Thông tư 60/2023/TT-BTC, mức cụ thể được thông báo khi nộp hồ sơ. Nếu giấy tờ bị mất do trộm cắp, móc túi, hãy trình báo thêm với Công an xã, phường nơi xảy ra vụ việc.",
    keywords: ["mất cà vẹt", "cavet", "cà vẹt", "mất giấy đăng ký xe", "làm lại đăng ký xe", "mất biển số", "cấp lại đăng ký xe"],
    sourceUrl: PORTAL_MPS,
    legalBasis: "Thông tư 79/2024/TT-BCA (Điều 7); Thông tư 60/2023/TT-BTC",
    checkedAt: "2026-11-10",
  },
  {
    slug: "giay-phep-lai-xe",
    categoryCode: "question.vehicle",
    questionVi: "Đổi, cấp lại giấy phép lái xe (bằng lái) làm ở đâu?",
    answerVi:
      "Từ ngày 1/3/2025, việc sát hạch, cấp, đổi, cấp lại giấy phép lái xe đã chuyển từ ngành giao thông vận tải sang lực lượng Công an. Tại tỉnh, Phòng Cảnh sát giao thông (PC08) tiếp nhận hồ sơ; bạn có thể nộp trực tiếp hoặc trực tuyến trên Cổng dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an và chọn nhận kết quả qua bưu điện. Việc học lái xe vẫn do các cơ sở đào tạo lái xe thực hiện. Giấy phép lái xe đã tích hợp vào VNeID mức độ 2 có thể xuất trình khi lực lượng chức năng kiểm tra. Thành phần hồ sơ (giấy khám sức khỏe, ảnh…) và lệ phí tùy từng trường hợp; vui lòng xem thủ tục cụ thể trên Cổng dịch vụ công hoặc hỏi Phòng Cảnh sát giao thông.",
    keywords: ["giấy phép lái xe", "gplx", "bằng lái", "đổi bằng lái", "cấp lại bằng lái", "thi bằng lái", "sát hạch lái xe", "mất bằng lái"],
    sourceUrl: PORTAL_MPS,
    legalBasis: "Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15; Nghị định 02/2025/NĐ-CP; Thông tư 12/2025/TT-BCA",
    checkedAt: "2026-11-10",
  },

  // ─── Permits: business conditions, seals, weapons, fireworks ─────────────────────────
  {
    slug: "giay-chung-nhan-du-dieu-kien-antt",
    categoryCode: "question.permits",
    questionVi: "Mở nhà nghỉ, karaoke, cầm đồ cần giấy chứng nhận an ninh trật tự thế nào?",
    answerVi:
      "Các ngành nghề kinh doanh có điều kiện về an ninh, trật tự như khách sạn, nhà nghỉ, karaoke, vũ trường, xoa bóp, cầm đồ, kinh doanh khí (gas), in, khắc dấu, dịch vụ bảo vệ… phải có Giấy chứng nhận đủ điều kiện về ANTT trước khi hoạt động. Cơ sở nhỏ (karaoke, xoa bóp, cầm đồ, đại lý gas, cơ sở lưu trú hoặc in không phải doanh nghiệp) nộp tại Công an xã, phường; các trường hợp khác nộp tại Phòng PC06. Hồ sơ: văn bản đề nghị; bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh; giấy tờ về phòng cháy, chữa cháy của cơ sở; bản khai lý lịch và giấy tờ tùy thân của người chịu trách nhiệm về ANTT. Nộp trực tiếp, qua bưu điện hoặc trực tuyến trên Cổng dịch vụ công. Lệ phí 300.000 đồng/giấy; thời hạn 4 ngày làm việc. Karaoke, vũ trường còn cần giấy phép của cơ quan văn hóa.",
    keywords: ["antt", "an ninh trật tự", "giấy chứng nhận antt", "kinh doanh có điều kiện", "nhà nghỉ", "karaoke", "cầm đồ", "gas", "massage"],
    sourceUrl: PORTAL_NATIONAL,
    legalBasis: "Nghị định 96/2016/NĐ-CP, sửa đổi bởi Nghị định 56/2023/NĐ-CP; Thông tư 218/2016/TT-BTC (lệ phí)",
    checkedAt: "2026-11-10",
  },
  {
    slug: "dang-ky-mau-con-dau",
    categoryCode: "question.permits",
    questionVi: "Doanh nghiệp làm con dấu có phải đăng ký với công an không?",
    answerVi:
      "Không. Doanh nghiệp thành lập theo Luật Doanh nghiệp tự quyết định hình thức, số lượng và tự quản lý con dấu, không đăng ký mẫu dấu với công an. Việc đăng ký mẫu con dấu tại công an áp dụng cho cơ quan nhà nước, tổ chức chính trị – xã hội, hội, tổ chức tôn giáo, văn phòng đại diện tổ chức nước ngoài và các đối tượng khác theo Nghị định 99/2016/NĐ-CP. Các đơn vị này nộp tại Phòng PC06 Công an tỉnh (cơ quan trung ương nộp tại Cục C06): quyết định thành lập hoặc giấy phép cho phép sử dụng con dấu, giấy giới thiệu và giấy tờ tùy thân người đi nộp; khi đăng ký lại thì nộp kèm con dấu cũ. Có thể nộp trực tiếp, qua bưu điện hoặc trực tuyến trên Cổng dịch vụ công Bộ Công an. Thời hạn 3 ngày làm việc.",
    keywords: ["con dấu", "khắc dấu", "đăng ký mẫu dấu", "mẫu con dấu", "dấu công ty", "làm con dấu", "dấu hội"],
    sourceUrl: "https://dichvucong.bocongan.gov.vn/bocongan/bothutuc/tthc?matt=26340",
    legalBasis: "Nghị định 99/2016/NĐ-CP về quản lý và sử dụng con dấu, sửa đổi bởi Nghị định 56/2023/NĐ-CP",
    checkedAt: "2026-11-10",
  },
  {
    slug: "vu-khi-tho-so-cong-cu-ho-tro",
    categoryCode: "question.permits",
    questionVi: "Nhà có kiếm, dao găm, bình xịt hơi cay thì có vi phạm không? Giao nộp ở đâu?",
    answerVi:
      "Theo Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15 (hiệu lực từ 1/1/2025), cá nhân không được tự ý tàng trữ, mang theo vũ khí, vật liệu nổ và công cụ hỗ trợ như bình xịt hơi cay, dùi cui điện, súng bắn điện nếu không được cơ quan có thẩm quyền cho phép. Vũ khí thô sơ như kiếm, giáo, mác, dao găm giữ làm đồ trưng bày, hiện vật hoặc đồ gia bảo phải được khai báo với cơ quan công an theo quy định. Nếu bạn đang giữ những vật này mà chưa khai báo hoặc không có giấy phép, hãy liên hệ Công an xã, phường nơi cư trú để được hướng dẫn khai báo hoặc giao nộp. Việc tự nguyện giao nộp được khuyến khích và được xem xét theo quy định. Không mua bán các vật này qua mạng.",
    keywords: ["vũ khí thô sơ", "giao nộp vũ khí", "dao kiếm", "bình xịt hơi cay", "công cụ hỗ trợ", "dùi cui điện", "súng", "khai báo vũ khí"],
    sourceUrl: PORTAL_MPS,
    legalBasis: "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 42/2024/QH15; Thông tư 75/2024/TT-BCA",
    checkedAt: "2026-11-10",
  },
  {
    slug: "phao-no-phao-hoa",
    categoryCode: "question.permits",
    questionVi: "Có được đốt pháo dịp Tết, đám cưới không? Pháo hoa mua ở đâu?",
    answerVi:
      "Pháo nổ bị cấm sản xuất, mua bán, vận chuyển, tàng trữ và sử dụng; người vi phạm có thể bị xử phạt hành chính hoặc truy cứu trách nhiệm hình sự tùy số lượng. Cá nhân có đủ năng lực hành vi dân sự được sử dụng pháo hoa loại không gây tiếng nổ vào các dịp lễ, Tết, sinh nhật, cưới hỏi, khai trương…, nhưng chỉ được mua tại cơ sở kinh doanh được cấp phép, có tem nhãn và hóa đơn rõ ràng, không mua hàng trôi nổi trên mạng. Pháo hoa nổ chỉ được bắn theo quyết định của cơ quan có thẩm quyền. Không tự chế pháo, không mua thuốc pháo qua mạng vì rất dễ gây tai nạn. Nếu phát hiện nơi sản xuất, buôn bán pháo nổ trái phép, bạn có thể gửi tin báo qua kênh này; danh tính người báo tin được giữ bí mật.",
    keywords: ["pháo", "pháo nổ", "pháo hoa", "đốt pháo", "pháo tết", "pháo đám cưới", "thuốc pháo", "pháo z121"],
    sourceUrl: null,
    legalBasis: "Nghị định 137/2020/NĐ-CP về quản lý, sử dụng pháo (kiểm tra văn bản hướng dẫn mới theo Luật 42/2024/QH15); Bộ luật Hình sự 2015, sửa đổi 2017",
    checkedAt: "2026-11-10",
  },
  {
    slug: "ly-lich-tu-phap",
    categoryCode: "question.other",
    questionVi: "Xin phiếu lý lịch tư pháp ở đâu?",
    answerVi:
      "Từ ngày 1/3/2025, nhiệm vụ quản lý nhà nước về lý lịch tư pháp và cấp Phiếu lý lịch tư pháp đã chuyển từ ngành Tư pháp sang ngành Công an; Sở Tư pháp không còn tiếp nhận hồ sơ. Tại tỉnh, bạn nộp hồ sơ ở bộ phận tiếp nhận của Công an tỉnh, hoặc nộp trực tuyến trên ứng dụng VNeID bằng tài khoản mức độ 2 (mục yêu cầu cấp Phiếu lý lịch tư pháp) và chọn nhận kết quả qua bưu điện. Có hai loại: Phiếu số 1 cấp cho cá nhân và cơ quan, tổ chức có yêu cầu; Phiếu số 2 ghi đầy đủ án tích, chỉ cấp cho cơ quan tiến hành tố tụng hoặc cho chính người đó để biết thông tin của mình. Lệ phí và thời hạn giải quyết theo Luật Lý lịch tư pháp và quy định hiện hành, được hiển thị khi bạn nộp hồ sơ trên VNeID hoặc Cổng dịch vụ công.",
    keywords: ["lý lịch tư pháp", "lltp", "phiếu lý lịch", "lý lịch tư pháp số 1", "phiếu số 2", "xin lý lịch", "không tiền án"],
    sourceUrl: VNEID,
    legalBasis: "Luật Lý lịch tư pháp 2009; Nghị định 02/2025/NĐ-CP (chức năng, nhiệm vụ của Bộ Công an)",
    checkedAt: "2026-11-10",
  },

  // ─── Fire safety ────────────────────────────────────────────────────────────────────────
  {
    slug: "pccc-tham-dinh-thiet-ke",
    categoryCode: "question.fire_safety",
    questionVi: "Công trình nào phải thẩm định thiết kế phòng cháy chữa cháy? Nộp ở đâu?",
    answerVi:
      "Từ ngày 1/7/2025, Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024 và Nghị định 105/2025/NĐ-CP quy định danh mục dự án, công trình phải thẩm định thiết kế về PCCC (Phụ lục III của Nghị định), ví dụ khách sạn nhiều tầng, chung cư, trường học, bệnh viện, chợ, cơ sở vui chơi giải trí, nhà xưởng và kho trên một quy mô nhất định. Hồ sơ gồm văn bản đề nghị (mẫu PC11), giấy tờ về đất đai hoặc chủ trương đầu tư, hồ sơ thiết kế kỹ thuật hoặc thiết kế xây dựng và kết quả thẩm định thiết kế của chủ đầu tư. Nộp qua Cổng dịch vụ công Bộ Công an tới Phòng Cảnh sát PCCC và CNCH (PC07) Công an tỉnh; công trình lớn do Cục C07 thẩm định. Ngưỡng quy mô cụ thể, thời hạn và phí thẩm định, vui lòng tra cứu thủ tục trên Cổng dịch vụ công hoặc liên hệ PC07 vì quy định mới đang được áp dụng.",
    keywords: ["thẩm định pccc", "thẩm duyệt pccc", "thiết kế pccc", "pccc", "phòng cháy chữa cháy", "pc11", "xây khách sạn", "nhà xưởng"],
    sourceUrl: PORTAL_MPS,
    legalBasis: `${FIRE_LAW}; Phụ lục III Nghị định 105/2025/NĐ-CP`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "pccc-kiem-tra-nghiem-thu",
    categoryCode: "question.fire_safety",
    questionVi: "Nghiệm thu phòng cháy chữa cháy trước khi đưa công trình vào sử dụng thế nào?",
    answerVi:
      "Công trình thuộc diện thẩm định thiết kế PCCC phải được cơ quan có thẩm quyền kiểm tra công tác nghiệm thu về PCCC trước khi đưa vào sử dụng. Với công trình đồng thời phải kiểm tra công tác nghiệm thu của cơ quan chuyên môn về xây dựng, cơ quan xây dựng chủ trì và cảnh sát PCCC tham gia, có thể kết hợp trong một đợt kiểm tra; các trường hợp còn lại do Phòng PC07 Công an tỉnh thực hiện. Chủ đầu tư chuẩn bị văn bản đề nghị và hồ sơ nghiệm thu, nộp qua Cổng dịch vụ công Bộ Công an hoặc nộp trực tiếp. Không được đưa công trình vào hoạt động khi chưa có văn bản chấp thuận kết quả nghiệm thu. Thành phần hồ sơ chi tiết và thời hạn, vui lòng xem thủ tục tương ứng trên Cổng dịch vụ công hoặc hỏi PC07.",
    keywords: ["nghiệm thu pccc", "kiểm tra nghiệm thu", "pccc", "đưa công trình vào sử dụng", "chấp thuận nghiệm thu", "phòng cháy"],
    sourceUrl: PORTAL_MPS,
    legalBasis: `${FIRE_LAW}; Văn bản 6057/BXD-GĐ năm 2025 của Bộ Xây dựng`,
    checkedAt: "2026-11-10",
  },
  {
    slug: "pccc-nha-o-ket-hop-kinh-doanh",
    categoryCode: "question.fire_safety",
    questionVi: "Cửa hàng nhỏ, quán ăn, nhà ở kết hợp kinh doanh phải bảo đảm PCCC thế nào?",
    answerVi:
      "Theo Luật PCCC và CNCH 2024 (Điều 20, 21), nhà ở kết hợp kinh doanh, cửa hàng, quán ăn cần: hệ thống điện và thiết bị điện an toàn; khu vực nấu ăn, thờ cúng, đốt vàng mã an toàn; hàng hóa dễ cháy để xa nguồn nhiệt; trang bị bình chữa cháy phù hợp; lối thoát nạn thông thoáng và có lối thoát nạn khẩn cấp; biển báo, biển chỉ dẫn theo quy định; ngăn cách khu kinh doanh hàng dễ cháy với khu ở. Cơ sở kinh doanh hàng dễ cháy, nổ không được bố trí chỗ ngủ trong khu vực kinh doanh và phải có thiết bị báo cháy. Cơ sở thuộc danh mục quản lý theo Nghị định 105/2025/NĐ-CP còn phải có hồ sơ PCCC, nội quy, lực lượng tại chỗ, phương án chữa cháy và mua bảo hiểm cháy nổ bắt buộc nếu thuộc diện. Bạn có thể liên hệ Công an xã, phường để được hướng dẫn.",
    keywords: ["pccc hộ kinh doanh", "nhà ở kết hợp kinh doanh", "bình chữa cháy", "lối thoát hiểm", "cửa hàng", "quán ăn", "nhà trọ pccc", "báo cháy"],
    sourceUrl: null,
    legalBasis: `${FIRE_LAW}; Điều 20, 21 Luật 55/2024/QH15`,
    checkedAt: "2026-11-10",
  },

  // ─── Reporting crime, emergencies, lost items ─────────────────────────────────────────
  {
    slug: "to-giac-toi-pham-o-dau",
    categoryCode: "tip.other",
    questionVi: "Muốn tố giác tội phạm, báo tin vụ việc thì đến đâu?",
    answerVi:
      "Từ ngày 1/3/2025 không còn công an cấp huyện. Bạn có thể tố giác, báo tin về tội phạm tại Công an xã, phường nơi gần nhất hoặc đồn, trạm công an; cơ quan điều tra Công an tỉnh (Văn phòng Cơ quan Cảnh sát điều tra, các phòng PC02, PC03, PC04) cũng tiếp nhận và đều có trực ban hình sự 24 giờ. Có thể trình báo trực tiếp bằng lời hoặc bằng văn bản, gọi điện, gửi thư, gửi qua ứng dụng VNeID hoặc qua kênh này. Khi báo, hãy nêu rõ thời gian, địa điểm, người liên quan, diễn biến và gửi kèm ảnh, video, tài liệu nếu có. Việc khẩn cấp đang xảy ra, gọi ngay 113. Người tố giác được giữ bí mật danh tính, được bảo vệ và được thông báo kết quả giải quyết. Thời hạn giải quyết tin báo thông thường là 20 ngày, vụ việc phức tạp có thể kéo dài đến 2 tháng.",
    keywords: ["tố giác", "tố giác tội phạm", "báo tin", "trình báo", "báo công an", "tin báo tội phạm", "công an huyện", "báo án"],
    sourceUrl: null,
    legalBasis: "Bộ luật Tố tụng hình sự 2015 (Điều 144, 145, 147)",
    checkedAt: "2026-11-10",
  },
  {
    slug: "to-giac-qua-vneid",
    categoryCode: "tip.other",
    questionVi: "Gửi tin báo, phản ánh về an ninh trật tự qua VNeID như thế nào?",
    answerVi:
      "Bạn cần tài khoản VNeID mức độ 2. Trong ứng dụng chọn “Dịch vụ khác” → “Kiến nghị, phản ánh về ANTT” → “Tạo mới yêu cầu”, chọn loại tin, mô tả sự việc, địa điểm, thời gian, đính kèm ảnh hoặc video nếu có rồi gửi. Bạn có thể chọn ẩn danh; tuy nhiên tin ẩn danh không đủ thông tin để kiểm tra, xác minh có thể không được xử lý, vì vậy hãy mô tả càng cụ thể càng tốt. Tin được chuyển đến cơ quan công an có thẩm quyền và bạn theo dõi được trạng thái trên ứng dụng. Với sự việc khẩn cấp đang diễn ra, đừng chờ trả lời trực tuyến: gọi 113 (công an), 114 (cháy, cứu nạn, cứu hộ), 115 (cấp cứu y tế).",
    keywords: ["vneid tố giác", "phản ánh antt", "kiến nghị phản ánh", "báo tin qua vneid", "tố giác online", "ẩn danh"],
    sourceUrl: VNEID,
    legalBasis: "Bộ luật Tố tụng hình sự 2015 (Điều 144); Nghị định 69/2024/NĐ-CP",
    checkedAt: "2026-11-10",
  },
  {
    slug: "so-dien-thoai-khan-cap",
    categoryCode: "question.other",
    questionVi: "Số điện thoại khẩn cấp 113, 114, 115 dùng khi nào?",
    answerVi:
      "Các số khẩn cấp gọi miễn phí: 113 – Cảnh sát, khi có đánh nhau, trộm cướp, gây rối, tai nạn cần công an có mặt ngay; 114 – Cứu hỏa, cứu nạn, cứu hộ: cháy, nổ, người mắc kẹt, đuối nước, sập đổ; 115 – Cấp cứu y tế; 112 – Tìm kiếm cứu nạn; 111 – Tổng đài quốc gia bảo vệ trẻ em. Khi gọi, hãy bình tĩnh nói rõ địa chỉ (xã, phường, thôn, tổ, số nhà hoặc mốc dễ nhận biết), sự việc, số người bị nạn và giữ máy để trả lời câu hỏi. Kênh nhắn tin này không thay thế số khẩn cấp: tin nhắn có thể được đọc chậm, vì vậy việc gấp hãy gọi điện trước rồi mới gửi thông tin bổ sung. Gọi báo tin giả, quấy rối các số khẩn cấp là hành vi vi phạm pháp luật.",
    keywords: ["113", "114", "115", "112", "111", "số khẩn cấp", "gọi công an", "cứu hỏa", "cấp cứu", "đường dây nóng"],
    sourceUrl: null,
    legalBasis: "Quy hoạch kho số viễn thông (các số dịch vụ khẩn cấp); Luật PCCC và CNCH số 55/2024/QH15",
    checkedAt: "2026-11-10",
  },
  {
    slug: "trinh-bao-mat-giay-to",
    categoryCode: "question.other",
    questionVi: "Bị mất ví, giấy tờ thì trình báo ở đâu, làm lại thế nào?",
    answerVi:
      "Bạn có thể đến Công an xã, phường nơi bị mất hoặc nơi cư trú để trình báo, hoặc gửi tin qua kênh này nếu nghi bị trộm cắp, móc túi. Để làm lại từng loại giấy tờ, hãy làm thủ tục tương ứng: căn cước – đề nghị cấp lại, làm trực tuyến được với thẻ căn cước còn hạn; hộ chiếu – báo mất theo mẫu TK05 trong 2 ngày làm việc rồi làm lại; giấy đăng ký xe – khai báo mất tại nơi đã đăng ký xe; giấy phép lái xe – đề nghị cấp lại tại Phòng Cảnh sát giao thông hoặc trên Cổng dịch vụ công; thẻ ngân hàng – gọi ngay ngân hàng để khóa thẻ. Nếu nhặt được giấy tờ của người khác, hãy nộp cho Công an xã, phường gần nhất để trả lại người mất.",
    keywords: ["mất giấy tờ", "mất ví", "trình báo mất", "đơn trình báo mất", "nhặt được giấy tờ", "mất bóp", "rơi giấy tờ", "xác nhận mất"],
    sourceUrl: PORTAL_NATIONAL,
    legalBasis: "Luật Căn cước 2023; Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 2019 (sửa đổi 2023); Thông tư 79/2024/TT-BCA",
    checkedAt: "2026-11-10",
  },
  {
    slug: "lua-dao-chuyen-tien-qua-mang",
    categoryCode: "tip.fraud_online",
    questionVi: "Bị lừa đảo chuyển tiền qua mạng thì phải làm gì?",
    answerVi:
      "Hãy làm ngay: (1) gọi tổng đài ngân hàng của bạn để đề nghị tạm khóa, tra soát giao dịch; (2) ngừng liên lạc, không chuyển thêm tiền dù đối tượng hứa “hoàn tiền”, “rút tiền về”; (3) lưu lại bằng chứng: ảnh chụp tin nhắn, số điện thoại, tài khoản mạng xã hội, đường link, số tài khoản nhận và sao kê giao dịch; (4) trình báo tại Công an xã, phường nơi gần nhất hoặc gửi tin qua kênh này, qua VNeID. Công an, Viện kiểm sát, Tòa án không làm việc qua điện thoại, không bao giờ yêu cầu chuyển tiền vào “tài khoản tạm giữ” hay cài ứng dụng lạ. Hãy cảnh giác với lời mời việc nhẹ lương cao, đầu tư lợi nhuận cao, nhận quà, hoàn tiền và các cuộc gọi giả danh cơ quan nhà nước.",
    keywords: ["lừa đảo", "lừa đảo qua mạng", "bị lừa chuyển tiền", "lừa đảo online", "giả danh công an", "việc nhẹ lương cao", "chuyển khoản nhầm", "scam"],
    sourceUrl: null,
    legalBasis: "Bộ luật Hình sự 2015 (Điều 174, 290); Bộ luật Tố tụng hình sự 2015 (Điều 144)",
    checkedAt: "2026-11-10",
  },
  {
    slug: "bao-tin-ma-tuy",
    categoryCode: "tip.drugs",
    questionVi: "Phát hiện nơi mua bán, sử dụng ma túy thì báo ở đâu, có bị lộ danh tính không?",
    answerVi:
      "Bạn có thể báo tin qua kênh này, qua VNeID, gọi 113 hoặc đến Công an xã, phường nơi gần nhất. Hãy nêu địa điểm cụ thể (thôn, tổ, số nhà, tên quán…), khung giờ thường xảy ra, đặc điểm người và phương tiện (biển số xe), gửi ảnh nếu chụp được một cách an toàn. Không tự ý theo dõi, đối đầu hoặc bắt giữ đối tượng. Danh tính người báo tin được pháp luật bảo vệ và giữ bí mật; người bị báo tin không được biết ai đã báo. Bạn có thể chọn báo ẩn danh, nhưng khi đó công an không thể hỏi thêm thông tin và không thể thông báo kết quả cho bạn. Nếu thấy người bị sốc thuốc, ngộ độc, hãy gọi ngay 115.",
    keywords: ["ma túy", "ma tuý", "buôn bán ma túy", "sử dụng ma túy", "nghiện", "bay lắc", "báo tin ma túy"],
    sourceUrl: null,
    legalBasis: "Bộ luật Tố tụng hình sự 2015 (Điều 144, 145); Luật Phòng, chống ma túy 2021",
    checkedAt: "2026-11-10",
  },

  // ─── Complaints and feedback ──────────────────────────────────────────────────────────
  {
    slug: "khieu-nai-quyet-dinh-hanh-chinh",
    categoryCode: "feedback.complaint",
    questionVi: "Không đồng ý với quyết định xử phạt hay việc từ chối giải quyết thủ tục thì khiếu nại thế nào?",
    answerVi:
      "Bạn có quyền khiếu nại quyết định hành chính hoặc hành vi hành chính của cơ quan, cán bộ công an (ví dụ quyết định xử phạt, việc từ chối đăng ký cư trú) trong thời hiệu 90 ngày kể từ khi nhận được hoặc biết được quyết định, hành vi đó. Gửi đơn hoặc trình bày trực tiếp với người đứng đầu đơn vị đã ra quyết định. Thời hạn giải quyết lần đầu không quá 30 ngày kể từ ngày thụ lý, vụ việc phức tạp không quá 45 ngày. Nếu không đồng ý, bạn có thể khiếu nại lần hai lên cấp trên (45 ngày, phức tạp 60 ngày) hoặc khởi kiện ra Tòa án. Khiếu nại quyết định, hành vi tố tụng trong vụ án hình sự có thời hiệu riêng là 15 ngày. Đơn cần ghi rõ họ tên, địa chỉ, nội dung, lý do khiếu nại và kèm tài liệu liên quan.",
    keywords: ["khiếu nại", "đơn khiếu nại", "khiếu nại quyết định xử phạt", "không đồng ý xử phạt", "khiếu nại lần 2", "khởi kiện hành chính"],
    sourceUrl: null,
    legalBasis: "Luật Khiếu nại số 02/2011/QH13 (Điều 9, 28, 37); Nghị định 22/2019/NĐ-CP; Bộ luật Tố tụng hình sự 2015 (Điều 469–475)",
    checkedAt: "2026-11-10",
  },
  {
    slug: "to-cao-phan-anh-can-bo",
    categoryCode: "feedback.officer_conduct",
    questionVi: "Muốn phản ánh, tố cáo cán bộ công an có hành vi sai phạm thì gửi đâu?",
    answerVi:
      "Bạn có thể gửi tố cáo đến người đứng đầu đơn vị của cán bộ đó, công an cấp trên, Thanh tra Công an tỉnh hoặc Thanh tra Bộ Công an. Tố cáo phải làm bằng văn bản hoặc trình bày trực tiếp, ghi rõ họ tên, địa chỉ người tố cáo, nội dung, người bị tố cáo và kèm chứng cứ nếu có. Tố cáo được xem xét thụ lý trong 7 ngày làm việc và giải quyết trong 30 ngày kể từ ngày thụ lý, có thể gia hạn. Danh tính người tố cáo được giữ bí mật. Tố cáo nặc danh không được giải quyết theo thủ tục tố cáo, nhưng thông tin cụ thể, có căn cứ vẫn được dùng để kiểm tra. Phản ánh về thái độ phục vụ bạn có thể gửi ngay qua kênh này; phản ánh được chuyển đến Thanh tra và không chuyển cho chính đơn vị có cán bộ bị phản ánh.",
    keywords: ["tố cáo cán bộ", "phản ánh cán bộ", "thái độ cán bộ", "công an sai phạm", "nhũng nhiễu", "vòi tiền", "thanh tra công an"],
    sourceUrl: null,
    legalBasis: "Luật Tố cáo số 25/2018/QH14; Nghị định 31/2019/NĐ-CP; Nghị định 22/2019/NĐ-CP",
    checkedAt: "2026-11-10",
  },
  {
    slug: "phan-anh-cham-giai-quyet-thu-tuc",
    categoryCode: "feedback.service",
    questionVi: "Làm thủ tục bị chậm, hẹn nhiều lần thì phản ánh ở đâu?",
    answerVi:
      "Nếu hồ sơ của bạn đã quá ngày hẹn trả kết quả, bị yêu cầu bổ sung nhiều lần hoặc bị đòi giấy tờ không có trong quy định, bạn có thể phản ánh qua kênh này. Hãy nêu: tên thủ tục, nơi nộp, ngày nộp, mã hồ sơ (nếu nộp trên Cổng dịch vụ công) và nội dung vướng mắc; không cần gửi ảnh giấy tờ tùy thân. Phản ánh được chuyển đến đơn vị phụ trách và bộ phận theo dõi của Công an tỉnh; bạn sẽ nhận phản hồi đầu tiên trong vòng 1 ngày làm việc và kết quả xử lý thường trong 5–10 ngày làm việc. Bạn cũng có thể tra cứu tình trạng hồ sơ và gửi phản ánh, kiến nghị trên Cổng dịch vụ công quốc gia. Phản ánh về thái độ, hành vi của cán bộ sẽ được chuyển cho Thanh tra Công an tỉnh.",
    keywords: ["chậm trả kết quả", "trễ hẹn", "quá hạn hồ sơ", "phản ánh thủ tục", "hẹn nhiều lần", "góp ý dịch vụ công", "tra cứu hồ sơ"],
    sourceUrl: PORTAL_NATIONAL,
    legalBasis: "Luật Tiếp công dân 2013; Nghị định 20/2008/NĐ-CP về tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính",
    checkedAt: "2026-11-10",
  },
];
