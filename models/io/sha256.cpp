#include "sha256.h"

#include <QCryptographicHash>
#include <QFile>

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define WAYMARK_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace Waymark {

namespace {

constexpr quint32 InitialState[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                     0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

alignas(16) constexpr quint32 K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#ifdef WAYMARK_SHA_NI

bool detectShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sse41 = ecx & (1u << 19);
    const bool ssse3 = ecx & (1u << 9);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return sha && sse41 && ssse3;
}

// The 64 rounds on 64-byte blocks with the SHA extensions (after Intel's and Jeffrey
// Walton's public-domain sha256-x86.c): four rounds per group, the message schedule four
// words at a time.
__attribute__((target("sha,sse4.1,ssse3"))) void
compressShaNi(quint32 state[8], const unsigned char *data, qsizetype blocks)
{
    const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0]));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4]));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);               // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);         // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);      // CDGH

    for (qsizetype b = 0; b < blocks; ++b, data += 64) {
        const __m128i abefSave = state0;
        const __m128i cdghSave = state1;
        __m128i m[4];
        for (int g = 0; g < 16; ++g) {
            __m128i &w = m[g % 4];
            if (g < 4)
                w = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * g)), mask);
            __m128i msg
                = _mm_add_epi32(w, _mm_load_si128(reinterpret_cast<const __m128i *>(&K[4 * g])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            if (g >= 3 && g <= 14) {
                __m128i &next = m[(g + 1) % 4];
                next = _mm_add_epi32(next, _mm_alignr_epi8(w, m[(g + 3) % 4], 4));
                next = _mm_sha256msg2_epu32(next, w);
            }
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
            if (g >= 1 && g <= 12) {
                __m128i &previous = m[(g + 3) % 4];
                previous = _mm_sha256msg1_epu32(previous, w);
            }
        }
        state0 = _mm_add_epi32(state0, abefSave);
        state1 = _mm_add_epi32(state1, cdghSave);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // HGFE
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), state1);
}

#endif

inline quint32 rotr(quint32 x, int n)
{
    return (x >> n) | (x << (32 - n));
}

// FIPS 180-4, section 6.2.2, for processors without the extensions.
void compressPortable(quint32 state[8], const unsigned char *data, qsizetype blocks)
{
    for (qsizetype b = 0; b < blocks; ++b, data += 64) {
        quint32 w[64];
        for (int t = 0; t < 16; ++t) {
            w[t] = quint32(data[4 * t]) << 24 | quint32(data[4 * t + 1]) << 16
                   | quint32(data[4 * t + 2]) << 8 | quint32(data[4 * t + 3]);
        }
        for (int t = 16; t < 64; ++t) {
            const quint32 s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const quint32 s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        quint32 a = state[0], b2 = state[1], c = state[2], d = state[3];
        quint32 e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const quint32 t1
                = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t];
            const quint32 t2
                = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b2) ^ (a & c) ^ (b2 & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b2;
            b2 = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b2;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

bool hasShaExtensions()
{
#ifdef WAYMARK_SHA_NI
    static const bool has = detectShaExtensions();
    return has;
#else
    return false;
#endif
}

} // namespace

Sha256::Sha256()
{
    std::memcpy(m_state, InitialState, sizeof m_state);
}

bool Sha256::usesShaExtensions()
{
    return hasShaExtensions();
}

void Sha256::compress(const unsigned char *blocks, qsizetype count)
{
#ifdef WAYMARK_SHA_NI
    if (hasShaExtensions()) {
        compressShaNi(m_state, blocks, count);
        return;
    }
#endif
    compressPortable(m_state, blocks, count);
}

void Sha256::addData(const char *data, qsizetype length)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    m_length += quint64(length);
    if (m_buffered > 0) {
        const qsizetype take = qMin<qsizetype>(64 - m_buffered, length);
        std::memcpy(m_buffer + m_buffered, bytes, size_t(take));
        m_buffered += take;
        bytes += take;
        length -= take;
        if (m_buffered < 64)
            return;
        compress(m_buffer, 1);
        m_buffered = 0;
    }
    if (length >= 64) {
        compress(bytes, length / 64);
        bytes += length / 64 * 64;
        length %= 64;
    }
    if (length > 0) {
        std::memcpy(m_buffer, bytes, size_t(length));
        m_buffered = length;
    }
}

QByteArray Sha256::result()
{
    const quint64 bits = m_length * 8;
    unsigned char tail[128] = {};
    qsizetype n = m_buffered;
    std::memcpy(tail, m_buffer, size_t(n));
    tail[n++] = 0x80;
    const qsizetype total = n + 8 <= 64 ? 64 : 128;
    for (int i = 0; i < 8; ++i)
        tail[total - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compress(tail, total / 64);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = char(m_state[i] >> 24);
        digest[4 * i + 1] = char(m_state[i] >> 16);
        digest[4 * i + 2] = char(m_state[i] >> 8);
        digest[4 * i + 3] = char(m_state[i]);
    }
    return digest;
}

QByteArray Sha256::fileHex(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(chunk.constData(), n);
    }
    return hash.result().toHex();
}

} // namespace Waymark
