/**
 * The second, structural layer of emergency detection: instead of whole phrases ("đang cháy",
 * "cầm dao"), a message is read as *what is dangerous* (a family of danger roots: fire,
 * weapons, violence, someone collapsed, water, …) × *whether it is happening now* (present and
 * urgency markers) × *whether it is clearly over, habitual or only asked about*.
 *
 * Roots are single syllables or short pairs, written twice:
 * - `marked`: with diacritics, matched against the words of a message typed with diacritics,
 *   where a single syllable is unambiguous ("cháy" burns, "chạy" runs; "đâm" stabs, "đám" is a
 *   crowd; "máu" is blood, "mau" is "quick");
 * - `folded`: without diacritics, for messages typed without them, where only roots that stay
 *   unambiguous once folded may be listed (so "lua" is not fire: it is also "lừa", fraud).
 * Kept apart from detect-emergency.ts so people who take 113 calls can review the lists.
 */

/** What kind of danger a root points to; `life` families count without a present marker. */
export interface DangerFamily {
  name: string;
  /** `life`: danger to a person (counts unless clearly over); `crime`: needs a present marker. */
  level: "life" | "crime";
  hotlines: readonly ("113" | "114" | "115")[];
  marked: readonly string[];
  folded: readonly string[];
}

export const DANGER_FAMILIES: readonly DangerFamily[] = [
  {
    name: "fire",
    level: "life",
    hotlines: ["114"],
    marked: ["cháy", "lửa", "khói đen", "khói bốc", "bốc khói", "khói mù", "đầy khói", "nhiều khói", "khói nghi ngút", "hỏa hoạn", "bốc cháy", "phát nổ", "nổ tung", "tiếng nổ", "vụ nổ", "nổ lớn", "nổ to",
      "tóe lửa", "chập điện", "rò gas", "xì gas", "mùi gas", "mùi ga", "cứu hỏa", "rò rỉ", "sơ tán"],
    folded: ["boc chay", "chay nha", "nha chay", "chay lon", "chay to", "chay rung", "lua chay", "ngon lua", "khoi den", "boc khoi",
      "khoi mu", "phat no", "no tung", "tieng no", "vu no", "no lon", "no to", "toe lua", "ro gas", "xi gas", "mui gas", "hoa hoan", "cuu hoa",
      "chay du", "chay rung ruc", "chay ruc", "ro ri", "so tan", "khoi boc", "khoi dang boc", "boc ra khoi"],
  },
  {
    name: "weapon",
    level: "life",
    hotlines: ["113"],
    marked: ["dao", "súng", "kiếm", "mã tấu", "rìu", "tuýp", "axit", "đạn", "dao găm", "lựu đạn", "mìn", "kích điện", "gậy sắt", "xà beng"],
    folded: ["cam sung", "co sung", "ban sung", "no sung", "khau sung", "chia sung", "sung ngan", "sung tu che", "sung san", "ma tau", "riu", "tuyp", "axit", "cam dao", "rut dao", "vung dao", "dao phay", "dao kiem", "dao nhon",
      "luu dan", "tieng sung", "xa beng"],
  },
  {
    name: "violence",
    level: "life",
    hotlines: ["113"],
    marked: ["đâm", "chém", "bóp cổ", "siết cổ", "hành hung", "ẩu đả", "hỗn chiến", "xô xát", "đánh nhau", "đánh hội đồng", "đánh đập",
      "đập phá", "đập cửa", "phá cửa", "đánh vợ", "đánh con", "đánh chết", "đuổi đánh", "đuổi chém", "rượt", "đánh em", "đánh tôi",
      "đánh mẹ", "đánh bố", "đánh cháu", "đánh người", "đang đánh", "đánh ghen", "đánh nó", "đánh ông", "đánh bà", "đánh chị", "đánh anh",
      "hiếp", "xâm hại", "cưỡng hiếp", "bạo lực", "lột đồ", "đấm", "đá vào", "kề cổ", "tạt axit", "tạt xăng", "dí dao", "khống chế", "đập đầu", "đập kính"],
    folded: ["chem", "bop co", "siet co", "hanh hung", "au da", "hon chien", "xo xat", "danh nhau", "danh hoi dong", "danh dap", "dap pha",
      "dap cua", "pha cua", "danh vo", "danh con", "danh chet", "duoi danh", "duoi chem", "ruot duoi", "ruot danh", "tat axit", "hiep dam", "xam hai",
      "bao luc", "lot do", "ke co", "di dao", "dap kinh", "dang danh", "danh em", "danh toi", "danh nguoi", "danh ghen"],
  },
  {
    name: "threat",
    level: "life",
    hotlines: ["113"],
    marked: ["giết", "án mạng", "dọa giết", "doạ giết", "trả thù", "xử cả nhà", "đòi mạng", "thủ tiêu"],
    folded: ["giet", "an mang", "tra thu", "thu tieu"],
  },
  {
    name: "abduction",
    level: "life",
    hotlines: ["113"],
    marked: ["bắt cóc", "nhốt", "trói", "giam lỏng", "ép lên", "lôi lên", "kéo lên xe", "bế lên xe", "bắt lên xe", "đưa đi", "không cho về",
      "không cho ra", "giữ em", "giữ tôi", "giữ trong phòng", "giữ trong nhà", "giữ trong xe", "đòi tiền chuộc", "tiền chuộc", "mới thả", "buôn người", "bán sang"],
    folded: ["bat coc", "nhot", "troi tay", "giam long", "ep len", "loi len", "keo len xe", "be len xe", "bat len xe", "khong cho ve",
      "khong cho ra", "tien chuoc", "moi tha", "buon nguoi", "ban sang"],
  },
  {
    name: "missing",
    level: "life",
    hotlines: ["113"],
    marked: ["mất tích", "đi lạc", "bị lạc", "lạc mất", "lạc đường", "chưa về", "không về", "chưa thấy về", "chưa thấy đâu", "không thấy về", "không thấy đâu", "tìm không thấy",
      "chưa tìm thấy", "không tìm thấy", "mất liên lạc", "không liên lạc", "tắt máy", "tắt định vị", "lặn mất", "không biết bố mẹ",
      "đứng khóc", "bị lẫn", "lang thang", "không thấy mở cửa", "sống một mình"],
    folded: ["mat tich", "di lac", "bi lac", "lac mat", "chua ve", "chua thay ve", "chua thay dau", "khong thay ve", "khong thay dau", "tim khong thay", "chua tim thay",
      "khong tim thay", "mat lien lac", "khong lien lac", "tat may", "tat dinh vi", "lan mat", "dung khoc", "khong thay mo cua",
      "song mot minh"],
  },
  {
    name: "water",
    level: "life",
    hotlines: ["114", "115"],
    marked: ["đuối", "chìm", "trôi", "chới với", "nước lũ", "lũ về", "lũ lên", "lũ quét", "nước cuốn", "bị cuốn", "cuốn trôi", "ngập", "nước lên", "cô lập",
      "rơi xuống sông", "rơi xuống ao", "rơi xuống hồ", "rơi xuống giếng", "nhảy sông", "lật thuyền", "thuyền bị lật", "giữa hồ", "giữa sông",
      "lao xuống", "sóng to"],
    folded: ["duoi nuoc", "chet duoi", "bi duoi", "dang chim", "bi chim", "chim xuong", "troi song", "dang troi", "choi voi", "lu quet",
      "nuoc cuon", "bi cuon", "cuon troi", "ngap", "nuoc len", "co lap", "xuong song", "xuong ao", "xuong ho", "xuong gieng",
      "xuong muong", "xuong kenh", "lat thuyen", "song to"],
  },
  {
    name: "body",
    level: "life",
    hotlines: ["115"],
    marked: ["ngất", "xỉu", "bất tỉnh", "không tỉnh", "không thở", "khó thở", "thở yếu", "tắt thở", "ngừng thở", "máu", "co giật",
      "đột quỵ", "tím tái", "mặt tím", "tím ngắt", "hóc", "nghẹn", "ngộ độc", "trúng độc", "uống nhầm", "uống phải", "ăn nhầm", "bất động",
      "nằm im", "không cử động", "không dậy", "sùi bọt", "méo miệng", "trợn", "gục", "điện giật", "bỏng", "gãy", "cấp cứu", "nguy kịch",
      "trọng thương", "bị thương", "thuốc trừ sâu", "nôn", "ngã vật", "ngã quỵ", "lăn ra", "mê man", "hôn mê", "trắng bệch", "xác chết", "thi thể"],
    folded: ["ngat xiu", "bat tinh", "khong tinh", "khong tho", "kho tho", "tho yeu", "tat tho", "ngung tho", "chay mau", "co giat",
      "dot quy", "tim tai", "tim ngat", "ngo doc", "trung doc", "uong nham", "uong phai", "an nham", "bat dong", "nam im", "khong cu dong",
      "khong day", "sui bot", "meo mieng", "guc", "dien giat", "cap cuu", "nguy kich", "trong thuong", "bi thuong",
      "thuoc tru sau", "nga vat", "lan ra", "hon me", "trang bech", "mau me", "be bet", "xac chet", "thi the"],
  },
  {
    name: "self-harm",
    level: "life",
    hotlines: ["113", "115"],
    marked: ["tự tử", "tự sát", "tự vẫn", "treo cổ", "nhảy cầu", "nhảy lầu", "nhảy xuống", "định nhảy", "thuốc ngủ", "vĩnh biệt",
      "không muốn sống", "muốn chết", "cắt tay", "cứa tay", "rạch tay", "kết liễu", "đứng trên lan can", "tuyệt mệnh", "trăng trối"],
    folded: ["tu tu", "tu sat", "tu van", "treo co", "nhay cau", "nhay lau", "nhay xuong", "dinh nhay", "nhay song", "thuoc ngu", "vinh biet",
      "khong muon song", "muon chet", "cat tay", "rach tay", "ket lieu", "tren lan can", "tuyet menh"],
  },
  {
    name: "accident",
    level: "life",
    hotlines: ["113", "115"],
    marked: ["tai nạn", "tông", "đâm vào", "đâm xe", "lật", "cán qua", "cán chết", "bị cán", "xe cán", "mất phanh", "mất lái", "văng ra", "văng xuống", "kẹt", "mắc kẹt", "sập", "đổ sập",
      "đè", "vùi", "sạt lở", "rơi từ", "rơi xuống", "ngã từ", "cây đổ", "liên hoàn", "trật bánh", "bị đâm"],
    folded: ["tai nan", "tong vao", "tong xe", "dam vao", "dam xe", "lat xe", "xe lat", "bi lat", "can qua", "mat phanh", "mat lai",
      "mac ket", "bi ket", "ket trong", "sap nha", "sap mai", "bi sap", "sat lo", "vui lap", "roi tu", "nga tu tren", "lien hoan", "trat banh", "cay do"],
  },
  {
    name: "cry-for-help",
    level: "life",
    hotlines: ["113"],
    marked: ["kêu cứu", "cứu với", "cứu em", "cứu tôi", "cứu tui", "cứu mình", "cứu con", "cứu gấp", "sos", "help", "la cứu", "hô cứu"],
    folded: ["keu cuu", "cuu voi", "cuu em", "cuu toi", "cuu tui", "cuu minh", "cuu gap", "sos", "help", "la cuu", "ho cuu"],
  },
  {
    name: "robbery",
    level: "crime",
    hotlines: ["113"],
    marked: ["cướp", "giật", "trộm", "đột nhập", "cạy", "bẻ khóa", "phá khóa", "trèo vào", "leo vào", "trèo rào", "dắt trộm", "lục đồ",
      "tháo bánh", "bảo kê", "đòi nợ", "rình", "lảng vảng", "bám theo", "lởn vởn", "nấp", "đi theo", "dọa đánh",
      "dọa chém", "dọa đâm", "đe dọa", "la hét"],
    folded: ["cuop", "giat", "trom", "dot nhap", "cay cua", "cay cop", "be khoa", "pha khoa", "treo vao", "leo vao", "leo rao", "treo rao",
      "dat trom", "luc do", "thao banh", "bao ke", "rinh", "lang vang", "bam theo", "lon von", "di theo", "doa danh",
      "doa chem", "doa dam", "de doa"],
  },
];

/** Happening now, or the citizen is asking for help now. */
export const NOW_MARKERS = {
  marked: ["đang", "vừa", "bây giờ", "giờ", "ngay", "hiện", "cứu", "cần gấp", "gấp lắm", "nhanh lên", "nhanh", "mau lên", "mau", "lúc này", "vẫn",
    "còn", "chưa", "đến giờ", "tối nay", "đêm nay", "sáng nay", "chiều nay", "hiện giờ", "giúp với", "giúp em", "giúp tôi", "làm sao bây giờ",
    "phải làm sao", "em phải làm", "không dám", "run", "sợ quá", "hoảng", "ơi", "làm ơn"],
  folded: ["dang", "vua", "bay gio", "gio", "ngay bay gio", "cuu", "can gap", "gap lam", "nhanh", "mau len", "luc nay", "van dang", "con dang", "chua", "den gio",
    "toi nay", "dem nay", "chieu nay", "giup voi", "giup em", "giup toi", "lam sao bay gio", "khong dam", "so qua", "hoang", "oi", "lam on"],
} as const;

/**
 * Found afterwards ("phát hiện", "sáng ra mới biết"): a property crime is then over, but a person
 * found in danger ("phát hiện một người nằm bất tỉnh") still is one, so these only calm `crime`.
 */
export const DISCOVERED_MARKERS = {
  marked: ["phát hiện", "mới biết", "sáng ra", "đi làm về", "về thì", "về nhà thì"],
  folded: ["phat hien", "moi biet", "sang ra", "di lam ve", "ve thi", "ve nha thi"],
} as const;

/** Clearly over: a past time, a habit, or the event is being followed up afterwards. */
export const OVER_MARKERS = {
  marked: ["hôm qua", "hôm trước", "hôm kia", "hôm nọ", "tuần trước", "tuần rồi", "tháng trước", "tháng rồi", "năm ngoái", "năm trước",
    "năm rồi", "trước đây", "hồi trước", "lần trước", "từng", "đã giám định", "đã đi viện", "khâu", "tối nào cũng", "đêm nào cũng",
    "hay", "thường", "thường xuyên", "hàng ngày", "hàng đêm", "liên tục", "nhiều lần", "mấy lần", "lần nào", "suốt", "mỗi lần", "mỗi tối",
    "suýt", "hụt", "đã bị bắt", "thủ phạm", "camera", "clip", "truy tìm", "mất trộm", "trộm mất", "bị mất", "lấy mất", "mất hết",
    "trộm rồi", "nào cũng", "thỉnh thoảng", "dễ gây", "rất dễ", "dễ bị", "dễ bắt", "dễ đâm", "nguy cơ", "tiềm ẩn", "sợ bị", "sau đó",
    "dạo này", "gần đây", "nhiều vụ", "tình trạng", "ngày càng"],
  folded: ["hom qua", "hom truoc", "hom kia", "hom no", "tuan truoc", "tuan roi", "thang truoc", "thang roi", "nam ngoai", "nam truoc",
    "nam roi", "truoc day", "hoi truoc", "lan truoc", "da giam dinh", "da di vien", "toi nao cung", "dem nao cung",
    "thuong xuyen", "hang ngay", "hang dem", "lien tuc", "nhieu lan", "may lan", "lan nao", "moi lan", "moi toi", "suyt", "hut", "camera", "clip", "truy tim", "mat trom", "trom mat", "bi mat", "lay mat", "mat het",
    "trom roi", "nao cung", "thinh thoang", "de gay", "rat de", "de bi", "nguy co", "tiem an", "so bi", "sau do", "dao nay", "gan day", "nhieu vu",
    "tinh trang", "ngay cang"],
} as const;

/**
 * Asked about, hypothetical, a procedure, a complaint or thanks: not a call for help. Money sent
 * to an account ("chuyển khoản", "tài khoản") marks the fraud stories that borrow danger words
 * ("con bị tai nạn đang cấp cứu", "tiền chuộc").
 */
export const ASKING_MARKERS = {
  marked: ["thủ tục", "làm sao để", "làm thế nào để", "có được", "có phải", "có bị", "cho hỏi", "xin hỏi", "muốn hỏi", "hỏi về", "hỏi thủ tục",
    "nếu", "khi nào", "khi có", "khi bị", "tập huấn",
    "có nên", "nên làm gì", "phòng tránh", "phòng chống", "cảnh báo", "tuyên truyền", "đề nghị", "đề xuất", "kiến nghị", "khiếu nại",
    "tố cáo", "kết luận", "khởi tố", "điều tra", "giám định", "cảm ơn", "biết ơn", "trình báo", "làm đơn", "gửi đơn", "hồ sơ", "giấy tờ",
    "căn cước", "bình chữa cháy", "phòng cháy", "nghiệm thu", "thẩm định", "lừa", "lừa đảo", "chuyển khoản", "chuyển tiền", "nạp tiền",
    "tài khoản",
    "trường hợp", "tố giác", "báo tin", "gửi ảnh", "kèm ảnh", "chụp màn hình", "bằng chứng", "chính chủ", "bị phạt", "xử phạt",
    "cai nghiện", "nhắc nhở", "răn đe", "xử lý", "kiểm tra", "tìm giúp được", "tuyên dương", "khen", "biểu dương", "kịp thời", "vào cuộc",
    "triệt phá", "mong công an", "số nào", "thì gọi", "thì phải", "thì làm", "thì sao", "thế nào", "báo ở đâu", "nộp ở đâu", "làm ở đâu",
    "gửi ở đâu", "ở đâu", "cách nào", "bao lâu", "có cần", "được không", "giao nộp", "khai báo", "đăng ký", "sưu tầm", "trưng bày",
    "công an giao thông", "cảnh sát giao thông", "tổ tuần tra", "tổ công tác", "chiến sĩ", "đồng chí", "lực lượng"],
  folded: ["thu tuc", "lam sao de", "lam sao a", "lam sao vay", "lam the nao de", "co duoc", "co phai", "co bi", "cho hoi", "xin hoi", "neu", "khi nao", "khi co", "khi bi", "tap huan", "co nen",
    "nen lam gi", "phong tranh", "phong chong", "canh bao", "tuyen truyen", "de nghi", "de xuat", "kien nghi", "khieu nai", "to cao",
    "ket luan", "khoi to", "dieu tra", "giam dinh", "cam on", "biet on", "trinh bao", "lam don", "gui don", "ho so", "giay to",
    "can cuoc", "binh chua chay", "phong chay", "nghiem thu", "tham dinh", "lua dao", "chuyen khoan", "chuyen tien", "nap tien",
    "tai khoan",
    "truong hop", "to giac", "bao tin", "gui anh", "kem anh", "chup man hinh", "bang chung", "chinh chu", "bi phat", "xu phat",
    "cai nghien", "nhac nho", "ran de", "xu ly", "kiem tra", "tuyen duong", "khen", "bieu duong", "kip thoi", "vao cuoc", "triet pha",
    "mong cong an", "so nao", "thi goi", "thi phai", "thi lam", "thi sao", "the nao", "bao o dau", "nop o dau", "lam o dau", "gui o dau",
    "o dau", "cach nao", "bao lau", "co can", "duoc khong", "giao nop", "khai bao", "dang ky", "suu tam", "trung bay", "cong an giao thong",
    "canh sat giao thong", "to tuan tra", "to cong tac", "chien si", "dong chi", "luc luong"],
} as const;

/** Written phrases that contain a danger root but mean something calm; removed before matching. */
export const HARMLESS_MARKED_PHRASES: readonly string[] = [
  "cán bộ", "bật lửa", "lũ trẻ", "lũ nhóc", "nước vui", "chữa cháy", "phòng cháy", "chống cháy", "dễ cháy", "sợ cháy", "nguy cơ cháy",
  "cháy nổ", "báo cháy", "cháy hàng", "cháy túi", "cháy vé", "lừa đảo", "trôi nổi", "lật mặt", "hay là", "hay không",
  "tông màu", "nhóm máu", "hiến máu", "xét nghiệm máu", "máu mặt", "đâm đơn", "theo dõi", "giờ làm việc",
  "mấy giờ", "giờ hành chính", "giờ tiếp", "giờ cao điểm", "giờ tan", "đánh giá", "đánh bạc", "đánh bài", "đánh đề", "đánh lô",
  "đánh dấu", "đánh số", "đánh máy", "giao thông", "tài xỉu", "giết mổ", "súng cao su", "cứu hộ", "cứu nạn", "cứu trợ", "nghiên cứu", "tra cứu", "cựu",
  // "normal(ly)", not "habitually": the over-marker "thường" inside it made "went to school as
  // normal this morning, still not home at 9 pm" read as a habit.
  "bình thường",
];

/** Thanks and praise: with a past marker, the danger they mention is over and handled. */
export const GRATITUDE_MARKERS = {
  marked: ["cảm ơn", "biết ơn", "tuyên dương", "biểu dương", "khen"],
  folded: ["cam on", "biet on", "tuyen duong", "bieu duong", "khen"],
} as const;
