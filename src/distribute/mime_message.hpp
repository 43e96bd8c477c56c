// One email as RFC 5322 / MIME bytes, built with GMime: multipart/mixed of a
// multipart/alternative (text, then multipart/related of the HTML and its inline images) and
// the attachments; UTF-8 headers encoded; boundaries and Message-ID derived from the content,
// so the same input gives the same bytes.
#pragma once

#include <string>
#include <vector>

namespace bp::distribute {

// A file carried by the message: an attachment, or an inline image with its Content-ID.
struct MailFile {
    std::string filename;
    std::string mime_type;  // "application/pdf", "image/png"
    std::string content_id; // inline images only (without <>)
    std::string alt;        // inline images: the description (Content-Description)
    std::vector<unsigned char> bytes;
    // What the Message-ID and boundaries hash instead of `bytes`, if set: an encrypted copy
    // differs at every run (random IVs), its source does not.
    std::string identity;
};

// Produces the message's content.
struct MailSpec {
    std::string from_name, from_address;
    std::string reply_to; // address or ""
    std::string to_name, to_address;
    std::string subject;
    long long date = 0; // seconds since 1970, UTC
    std::string text;   // plain-text body (UTF-8)
    std::string html;   // HTML body (UTF-8, a whole document)
    std::vector<MailFile> images;
    std::vector<MailFile> attachments;
    bool draft = true; // X-Unsent: 1
    // What makes this message the same message on a re-run (recipient, subject, attachments'
    // digests): the Message-ID is derived from it alone, not from the date or the body.
    std::string message_key;
};

// The message's bytes (CRLF line ends) and its Message-ID (without <>).
struct MailMessage {
    std::vector<unsigned char> bytes;
    std::string message_id;
};

MailMessage build_message(const MailSpec& spec);

// The SHA-256 of `bytes` in hex.
std::string content_digest(const std::vector<unsigned char>& bytes);

// "Name <address>" split into name and address ("address" alone: empty name).
void split_mailbox(const std::string& mailbox, std::string& name, std::string& address);

} // namespace bp::distribute
