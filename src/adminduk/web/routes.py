"""Every route of the service, with the name links use and who may use it: the one place."""

from starlette.routing import BaseRoute, Mount, Route

from adminduk.accounts.models import Role
from adminduk.applications.access import REVIEWING_ROLES
from adminduk.web import (
    account_pages,
    application_pages,
    application_steps,
    assisted_pages,
    catalogue_pages,
    check_pages,
    chunk_pages,
    confirmation_pages,
    document_pages,
    home,
    issuing_pages,
    password_reset_pages,
    registration_pages,
    registry_pages,
    review_pages,
    signin,
    staff_pages,
    upload_pages,
)
from adminduk.web.access import ADMIN, ANYONE, RESIDENT, STAFF, page
from adminduk.web.health import healthz
from adminduk.web.static_files import CachedStaticFiles
from adminduk.web.templating import STATIC_DIR

REGISTRY_READERS = STAFF - {Role.KIOSK_OPERATOR}
REVIEWERS = REVIEWING_ROLES
REGISTRARS = frozenset({Role.REGISTRAR})
RESIDENTS = frozenset({Role.RESIDENT})
HELPERS = frozenset({Role.KIOSK_OPERATOR, Role.OFFICER})
# Residents, and staff applying for a resident without an account (assisted mode).
APPLICANTS = RESIDENTS | HELPERS
# Everyone signed in who can reach an application page; the application decides the rest.
APPLICATION_READERS = APPLICANTS | REVIEWERS
POST = ["POST"]

routes: list[BaseRoute] = [
    page("/", home.home, name="home", allow=ANYONE),
    page("/bahasa/{locale}", home.switch_language, name="switch_language", allow=ANYONE),
    page("/layanan", catalogue_pages.service_list, name="services", allow=ANYONE),
    page("/layanan/{service}", catalogue_pages.service_detail, name="service", allow=ANYONE),
    page("/masuk", signin.sign_in_form, name="sign_in", allow=ANYONE),
    page("/masuk", signin.sign_in, name="sign_in_submit", allow=ANYONE, methods=POST),
    page("/keluar", signin.sign_out, name="sign_out", allow=ANYONE, methods=POST),
    page("/daftar", registration_pages.register_form, name="register", allow=ANYONE),
    page(
        "/daftar", registration_pages.register, name="register_submit", allow=ANYONE, methods=POST
    ),
    page("/lupa-sandi", password_reset_pages.reset_form, name="password_reset", allow=ANYONE),
    page(
        "/lupa-sandi",
        password_reset_pages.request_reset,
        name="password_reset_submit",
        allow=ANYONE,
        methods=POST,
    ),
    page(
        "/lupa-sandi/kode",
        password_reset_pages.code_form,
        name="password_reset_code",
        allow=ANYONE,
    ),
    page(
        "/lupa-sandi/kode",
        password_reset_pages.choose_password,
        name="password_reset_code_submit",
        allow=ANYONE,
        methods=POST,
    ),
    page("/akun", account_pages.account, name="account", allow=RESIDENT),
    page(
        "/akun/kontak",
        account_pages.change_contact,
        name="change_contact",
        allow=RESIDENT,
        methods=POST,
    ),
    page(
        "/akun/konfirmasi",
        confirmation_pages.confirm_contacts,
        name="confirm_contacts",
        allow=RESIDENT,
    ),
    page(
        "/akun/konfirmasi/{contact}",
        confirmation_pages.confirm_code,
        name="confirm_code",
        allow=RESIDENT,
        methods=POST,
    ),
    page(
        "/akun/kirim-kode/{contact}",
        confirmation_pages.resend_code,
        name="resend_code",
        allow=RESIDENT,
        methods=POST,
    ),
    page(
        "/konfirmasi-email/{token}",
        confirmation_pages.confirm_link,
        name="confirm_link",
        allow=ANYONE,
    ),
    page("/petugas/penduduk", registry_pages.registry, name="registry", allow=REGISTRY_READERS),
    page(
        "/petugas/keluarga/{family_id}",
        registry_pages.family,
        name="family",
        allow=REGISTRY_READERS,
    ),
    page("/admin/petugas", staff_pages.staff_list, name="staff_list", allow=ADMIN),
    page(
        "/admin/petugas", staff_pages.create_staff, name="staff_create", allow=ADMIN, methods=POST
    ),
    page("/permohonan", application_pages.my_applications, name="applications", allow=APPLICANTS),
    page(
        "/permohonan/baru",
        application_pages.new_application_form,
        name="new_application",
        allow=RESIDENTS,
    ),
    page(
        "/permohonan/baru",
        application_pages.start_application,
        name="start_application",
        allow=RESIDENTS,
        methods=POST,
    ),
    page("/bantu/permohonan", assisted_pages.assisted_form, name="assisted", allow=HELPERS),
    page(
        "/bantu/permohonan",
        assisted_pages.start_assisted,
        name="start_assisted",
        allow=HELPERS,
        methods=POST,
    ),
    page("/lacak", assisted_pages.tracking_form, name="tracking", allow=ANYONE),
    page("/lacak", assisted_pages.track, name="track", allow=ANYONE, methods=POST),
    page(
        "/permohonan/{application_id}",
        application_pages.application,
        name="application",
        allow=APPLICATION_READERS,
    ),
    page(
        "/permohonan/{application_id}/langkah/{step}",
        application_steps.step_form,
        name="application_step",
        allow=APPLICANTS,
    ),
    page(
        "/permohonan/{application_id}/langkah/{step}",
        application_steps.save,
        name="application_step_save",
        allow=APPLICANTS,
        methods=POST,
    ),
    page(
        "/permohonan/{application_id}/berkas/{requirement}",
        upload_pages.upload_form,
        name="upload",
        allow=APPLICANTS,
    ),
    page(
        "/permohonan/{application_id}/berkas/{requirement}",
        upload_pages.upload,
        name="upload_submit",
        allow=APPLICANTS,
        methods=POST,
    ),
    page(
        "/permohonan/{application_id}/berkas/{requirement}/potongan",
        chunk_pages.start_piece,
        name="upload_pieces",
        allow=APPLICANTS,
        methods=POST,
    ),
    page(
        "/permohonan/{application_id}/berkas/{requirement}/potongan/{upload_id}",
        chunk_pages.next_piece,
        name="upload_piece",
        allow=APPLICANTS,
        methods=POST,
    ),
    page(
        "/permohonan/{application_id}/berkas/{requirement}/potongan/{upload_id}",
        chunk_pages.piece_status,
        name="upload_piece_status",
        allow=APPLICANTS,
    ),
    page(
        "/permohonan/{application_id}/kirim",
        application_pages.send,
        name="send_application",
        allow=APPLICANTS,
        methods=POST,
    ),
    page(
        "/permohonan/{application_id}/batal",
        application_pages.confirm_withdraw,
        name="confirm_cancel",
        allow=APPLICANTS,
    ),
    page(
        "/permohonan/{application_id}/batal",
        application_pages.withdraw,
        name="cancel_application",
        allow=APPLICANTS,
        methods=POST,
    ),
    page("/berkas/{file_id}", upload_pages.show_file, name="file", allow=APPLICATION_READERS),
    page("/petugas/antrean", review_pages.queue, name="queue", allow=REVIEWERS),
    page(
        "/petugas/permohonan/{application_id}",
        review_pages.review,
        name="review",
        allow=REVIEWERS,
    ),
    page(
        "/petugas/permohonan/{application_id}/ambil",
        review_pages.take_application,
        name="take",
        allow=frozenset({Role.OFFICER}),
        methods=POST,
    ),
    page(
        "/petugas/permohonan/{application_id}/berkas/{file_id}",
        review_pages.judge_file,
        name="judge_file",
        allow=frozenset({Role.OFFICER}),
        methods=POST,
    ),
    page(
        "/petugas/permohonan/{application_id}/putusan",
        review_pages.decide_application,
        name="decide",
        allow=frozenset({Role.OFFICER}),
        methods=POST,
    ),
    page(
        "/admin/permohonan/{application_id}/lepas",
        review_pages.release_application,
        name="release",
        allow=ADMIN,
        methods=POST,
    ),
    page("/pejabat/terbitkan", issuing_pages.to_issue, name="to_issue", allow=REGISTRARS),
    page(
        "/pejabat/terbitkan",
        issuing_pages.issue_selected,
        name="issue_selected",
        allow=REGISTRARS,
        methods=POST,
    ),
    page(
        "/pejabat/permohonan/{application_id}/tolak",
        issuing_pages.reject_application,
        name="reject_approved",
        allow=REGISTRARS,
        methods=POST,
    ),
    page(
        "/pejabat/dokumen/{document_id}/cabut",
        issuing_pages.revoke_document,
        name="revoke",
        allow=REGISTRARS,
        methods=POST,
    ),
    page(
        "/dokumen/{document_id}",
        document_pages.download,
        name="download",
        allow=APPLICATION_READERS,
    ),
    page("/cek", check_pages.check_form, name="check_form", allow=ANYONE),
    page("/cek/berkas", check_pages.check_file, name="check_file", allow=ANYONE, methods=POST),
    page("/cek/{code}", check_pages.check_code, name="check", allow=ANYONE),
    # The QR holds the address in upper case (the smallest QR): both spellings work.
    page("/CEK/{code}", check_pages.check_code, name="check_upper", allow=ANYONE),
    Route("/healthz", healthz, name="healthz"),
    Mount("/static", CachedStaticFiles(directory=STATIC_DIR), name="static"),
]
