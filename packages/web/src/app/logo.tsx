import Box from '@mui/material/Box';

/** The Wheelhouse mark: a ship's wheel reduced to a ring and eight spokes. */
export function Logo({ size = 26 }: { readonly size?: number }) {
  return (
    <Box
      component="svg"
      viewBox="0 0 32 32"
      width={size}
      height={size}
      aria-hidden
      sx={{ color: 'primary.main' }}
    >
      <circle cx="16" cy="16" r="9" fill="none" stroke="currentColor" strokeWidth="3" />
      <circle cx="16" cy="16" r="3" fill="currentColor" />
      {[0, 45, 90, 135].map((angle) => (
        <line
          key={angle}
          x1="16"
          y1="1.5"
          x2="16"
          y2="30.5"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
          transform={`rotate(${String(angle)} 16 16)`}
        />
      ))}
    </Box>
  );
}
