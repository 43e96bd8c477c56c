#include "distribute/mime_message.hpp"

#include <gmime/gmime.h>

#include <memory>
#include <mutex>

namespace bp::distribute {

namespace {

// Owns one GObject reference.
struct Unref {
    void operator()(void* p) const {
        if (p) g_object_unref(p);
    }
};
template <typename T> using Ref = std::unique_ptr<T, Unref>;

void init_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// The SHA-256 of `text` in hex.
std::string sha256(const std::string& text) {
    gchar* hex = g_compute_checksum_for_data(
        G_CHECKSUM_SHA256, reinterpret_cast<const guchar*>(text.data()), text.size());
    std::string out(hex);
    g_free(hex);
    return out;
}

GMimePart* file_part(const MailFile& f, bool inline_image) {
    const auto slash = f.mime_type.find('/');
    GMimePart* part = g_mime_part_new_with_type(f.mime_type.substr(0, slash).c_str(),
                                                f.mime_type.substr(slash + 1).c_str());
    Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(
        reinterpret_cast<const char*>(f.bytes.data()), f.bytes.size()));
    Ref<GMimeDataWrapper> wrapper(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, wrapper.get());
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    g_mime_part_set_filename(part, f.filename.c_str());
    if (inline_image) {
        g_mime_object_set_disposition(GMIME_OBJECT(part), GMIME_DISPOSITION_INLINE);
        g_mime_part_set_filename(part, f.filename.c_str()); // the disposition's parameter again
        g_mime_part_set_content_id(part, f.content_id.c_str());
        if (!f.alt.empty())
            g_mime_object_set_header(GMIME_OBJECT(part), "Content-Description", f.alt.c_str(),
                                     "utf-8");
    }
    return part;
}

// Adds "name <address>" to the message's `type` list, its name encoded as UTF-8.
void add_mailbox(GMimeMessage* msg, GMimeAddressType type, const std::string& name,
                 const std::string& address) {
    InternetAddress* box = internet_address_mailbox_new(name.c_str(), address.c_str());
    internet_address_set_charset(box, "utf-8");
    internet_address_list_add(g_mime_message_get_addresses(msg, type), box);
    g_object_unref(box);
}

GMimeTextPart* text_part(const char* subtype, const std::string& text) {
    GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
    g_mime_text_part_set_text(part, text.c_str());
    g_mime_text_part_set_charset(part, "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return part;
}

GMimeMultipart* multipart(const char* subtype, const std::string& digest, const char* tag) {
    GMimeMultipart* m = g_mime_multipart_new_with_subtype(subtype);
    g_mime_multipart_set_boundary(
        m, ("=_bp_" + std::string(tag) + "_" + digest.substr(0, 24)).c_str());
    return m;
}

} // namespace

std::string content_digest(const std::vector<unsigned char>& b) {
    return sha256(std::string(b.begin(), b.end()));
}

void split_mailbox(const std::string& mailbox, std::string& name, std::string& address) {
    const auto lt = mailbox.rfind('<');
    const auto gt = lt == std::string::npos ? lt : mailbox.find('>', lt);
    if (lt == std::string::npos || gt == std::string::npos) {
        name.clear();
        address = mailbox;
        return;
    }
    address = mailbox.substr(lt + 1, gt - lt - 1);
    name = mailbox.substr(0, lt);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t'))
        name.pop_back();
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
        name = name.substr(1, name.size() - 2);
}

MailMessage build_message(const MailSpec& s) {
    init_gmime();
    // Everything the message says, hashed: its boundaries and Message-ID follow the content.
    std::string all = s.from_name + '\n' + s.from_address + '\n' + s.reply_to + '\n' + s.to_name +
                      '\n' + s.to_address + '\n' + s.subject + '\n' + std::to_string(s.date) +
                      '\n' + s.text + '\n' + s.html + '\n';
    for (const auto* list : {&s.images, &s.attachments})
        for (const auto& f : *list)
            all += f.filename + '\n' + f.mime_type + '\n' + f.content_id + '\n' +
                   (f.identity.empty() ? content_digest(f.bytes) : f.identity) + '\n';
    const std::string digest = sha256(all);
    const std::string domain = s.from_address.substr(s.from_address.find('@') + 1);

    Ref<GMimeMessage> msg(g_mime_message_new(TRUE));
    add_mailbox(msg.get(), GMIME_ADDRESS_TYPE_FROM, s.from_name, s.from_address);
    if (!s.reply_to.empty()) {
        std::string name, address;
        split_mailbox(s.reply_to, name, address);
        add_mailbox(msg.get(), GMIME_ADDRESS_TYPE_REPLY_TO, name, address);
    }
    add_mailbox(msg.get(), GMIME_ADDRESS_TYPE_TO, s.to_name, s.to_address);
    g_mime_message_set_subject(msg.get(), s.subject.c_str(), "utf-8");
    GDateTime* date = g_date_time_new_from_unix_utc(s.date);
    g_mime_message_set_date(msg.get(), date);
    g_date_time_unref(date);
    MailMessage out;
    const std::string id_digest = s.message_key.empty() ? digest : sha256(s.message_key);
    out.message_id = id_digest.substr(0, 32) + ".boardpack@" + domain;
    g_mime_message_set_message_id(msg.get(), out.message_id.c_str());
    if (s.draft) g_mime_object_set_header(GMIME_OBJECT(msg.get()), "X-Unsent", "1", nullptr);

    Ref<GMimeTextPart> text(text_part("plain", s.text));
    Ref<GMimeTextPart> html(text_part("html", s.html));
    Ref<GMimeMultipart> related(multipart("related", digest, "rel"));
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(related.get()), "type", "text/html");
    g_mime_multipart_add(related.get(), GMIME_OBJECT(html.get()));
    for (const auto& f : s.images) {
        Ref<GMimePart> p(file_part(f, true));
        g_mime_multipart_add(related.get(), GMIME_OBJECT(p.get()));
    }
    Ref<GMimeMultipart> alternative(multipart("alternative", digest, "alt"));
    g_mime_multipart_add(alternative.get(), GMIME_OBJECT(text.get()));
    g_mime_multipart_add(alternative.get(), GMIME_OBJECT(related.get()));
    Ref<GMimeMultipart> mixed(multipart("mixed", digest, "mix"));
    g_mime_multipart_add(mixed.get(), GMIME_OBJECT(alternative.get()));
    for (const auto& f : s.attachments) {
        Ref<GMimePart> p(file_part(f, false));
        g_mime_multipart_add(mixed.get(), GMIME_OBJECT(p.get()));
    }
    g_mime_message_set_mime_part(msg.get(), GMIME_OBJECT(mixed.get()));

    GMimeFormatOptions* format = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    Ref<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(GMIME_OBJECT(msg.get()), format, stream.get());
    g_mime_format_options_free(format);
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    out.bytes.assign(bytes->data, bytes->data + bytes->len);
    return out;
}

} // namespace bp::distribute
