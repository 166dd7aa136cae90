#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <type_traits>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace bc {

// A contiguous array of trivially copyable values whose growth does not copy what it holds: on
// Linux its storage is an anonymous mapping that mremap() enlarges (the kernel moves page tables,
// not bytes), elsewhere realloc(). The big lists' packed rows and id bytes live in one: a
// std::vector's doubling copied 7 to 15 MB on the GUI thread in the middle of a load, and on this
// hardware the page faults of the fresh copy cost most of the 30 to 50 ms it froze the window
// (bench/payments_bench). Growth that cannot be had is qBadAlloc(), as Qt's containers do.
template<typename T>
class GrowingArray
{
    static_assert(std::is_trivially_copyable_v<T>, "GrowingArray moves its bytes, not its values");

public:
    GrowingArray() = default;
    ~GrowingArray() { release(); }
    GrowingArray(const GrowingArray &) = delete;
    GrowingArray &operator=(const GrowingArray &) = delete;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::size_t capacity() const { return m_capacity; }
    const T *data() const { return m_data; }
    const T &operator[](std::size_t i) const { return m_data[i]; }
    T &operator[](std::size_t i) { return m_data[i]; }

    void push_back(const T &value)
    {
        const T copy = value; // `value` may live in the storage that grow() moves
        if (m_size == m_capacity)
            grow(1);
        m_data[m_size++] = copy;
    }
    void append(const T *values, std::size_t count)
    {
        if (count == 0)
            return;
        if (count > m_capacity - m_size)
            grow(count); // `values` is the caller's, never this array's own
        std::memcpy(static_cast<void *>(m_data + m_size), values, count * sizeof(T));
        m_size += count;
    }
    // Empties the array and gives its memory back.
    void clear() { release(); }

private:
    void grow(std::size_t more)
    {
        constexpr std::size_t most = std::numeric_limits<std::size_t>::max() / sizeof(T) / 2;
        if (more > most - m_size)
            qBadAlloc();
        const std::size_t wanted = m_size + more;
        std::size_t capacity = std::max<std::size_t>(m_capacity, std::max<std::size_t>(4096 / sizeof(T), 1));
        while (capacity < wanted)
            capacity = capacity > most / 2 ? most : capacity * 2;
        const std::size_t bytes = capacity * sizeof(T);
        void *grown = nullptr;
#ifdef Q_OS_LINUX
        grown = m_data ? mremap(m_data, m_capacity * sizeof(T), bytes, MREMAP_MAYMOVE)
                       : mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (grown == MAP_FAILED)
            qBadAlloc();
#else
        grown = std::realloc(m_data, bytes);
        if (!grown)
            qBadAlloc();
#endif
        m_data = static_cast<T *>(grown);
        m_capacity = capacity;
    }
    void release()
    {
        if (m_data) {
#ifdef Q_OS_LINUX
            munmap(m_data, m_capacity * sizeof(T));
#else
            std::free(m_data);
#endif
        }
        m_data = nullptr;
        m_size = 0;
        m_capacity = 0;
    }

    T *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace bc
