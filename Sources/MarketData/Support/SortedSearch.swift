extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isBelow` is false, in a collection where every
    /// element for which it is true comes first (a binary search, O(log n)); `endIndex` if none.
    @inlinable
    public func partitionIndex(notBelow isBelow: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isBelow(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
